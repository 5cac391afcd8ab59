import Foundation
import Provisioning
import SQLiteStore
import Testing

@testable import Console

/// The Users filter: words, department, IdP and active state, answered by the real store.
@Suite struct UsersFilterTests {
    let runnerTests = SQLiteRunnerTests()

    @Test func parsesFieldsAndQuotes() {
        let filter = UsersFilter(#"ada dept:"Human Resources" DEPT:Sales idp:Okta active:FALSE"#)
        #expect(filter.words == ["ada"])
        #expect(filter.departments == ["Human Resources", "Sales"])
        #expect(filter.idp == "okta")
        #expect(filter.active == false)
        #expect(UsersFilter("active:maybe").words == ["active:maybe"], "an unknown value is a word, not silently dropped")
    }

    static func person(_ userName: String, department: String, active: Bool) -> UserProfile {
        var document = JSONObject()
        document["userName"] = .string(userName)
        document["active"] = .bool(active)
        var enterprise = JSONObject()
        enterprise["department"] = .string(department)
        document[UsersFilter.enterpriseUser] = .object(enterprise)
        return UserProfile(userName: userName, department: department, active: active, document: document)
    }

    func userNames(_ text: String, _ runner: EffectRunner) async -> [String] {
        guard case .usersLoaded(let page) = await runnerTests.perform(.loadUsers(filterText: text, offset: 0), runner) else {
            Issue.record("no users for \(text)")
            return []
        }
        return page.items.map(\.profile.userName)
    }

    @Test func departmentIdPAndStateNarrowTheList() async throws {
        try await runnerTests.withRunner { runner, store in
            let okta = try await runnerTests.addOkta(runner)
            guard
                case .identityProviderAdded(let entra) = await runnerTests.perform(
                    .addIdentityProvider(name: "Entra", kind: .entra), runner)
            else { throw DomainError.invalidInput("no Entra") }
            let users = UserService(store: store, clock: SQLiteRunnerTests.clock)
            _ = try await users.create(Self.person("ada", department: "Human Resources", active: true), for: okta)
            _ = try await users.create(Self.person("alan", department: "Sales", active: false), for: okta)
            _ = try await users.create(Self.person("grace", department: "Sales", active: true), for: entra)
            _ = try await users.create(Self.person("linus", department: "Engineering", active: false), for: entra)

            #expect(await userNames("dept:sales", runner) == ["alan", "grace"])
            #expect(await userNames(#"dept:"human res""#, runner) == ["ada"])
            #expect(await userNames("dept:sales dept:engineering", runner) == ["alan", "grace", "linus"])
            #expect(await userNames("idp:ent", runner) == ["grace", "linus"])
            #expect(await userNames("active:false", runner) == ["alan", "linus"])
            #expect(await userNames("idp:okta active:false dept:sales", runner) == ["alan"])
            #expect(await userNames("al active:false", runner) == ["alan"])
            #expect(await userNames("idp:nobody", runner) == [])
        }
    }
}

extension UsersFilterTests {
    /// `?` on Users lists what `/` understands there.
    @Test func helpDocumentsTheGrammar() {
        var state = AppState.loaded()
        state.press(.c("3"), .c("?"))
        let screen = state.screen()
        for rule in ["dept:Sales", "idp:Okta", "active:false"] { #expect(screen.contains(rule), "\(screen)") }
        assertScreen(state, named: "help-users-80x24")
    }
}
