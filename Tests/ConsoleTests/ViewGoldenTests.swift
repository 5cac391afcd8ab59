import Provisioning
import TermUI
import Testing

@testable import Console

/// Every view at the smallest supported size and a roomy one.
@Suite struct ViewGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    func each(_ name: String, _ build: (inout AppState) -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
        for (width, height) in Self.sizes {
            var state = AppState.loaded(width: width, height: height)
            build(&state)
            assertScreen(state, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
        }
    }

    @Test func settings() { each("settings") { _ in } }

    @Test func identityProviders() { each("idps") { $0.press(.c("2")) } }

    /// IdPs are listed by name: Entra, Legacy SCIM, Okta.
    @Test func editGeneral() { each("idp-edit-general") { $0.press(.c("2"), .c("G"), .enter) } }

    @Test func editAdvanced() { each("idp-edit-advanced") { $0.press(.c("2"), .c("G"), .enter, .right) } }

    @Test func editAdvancedEntra() { each("idp-edit-advanced-entra") { $0.press(.c("2"), .enter, .right) } }

    @Test func editAdvancedGeneric() { each("idp-edit-advanced-generic") { $0.press(.c("2"), .c("j"), .enter, .right) } }

    @Test func users() { each("users") { $0.press(.c("3")) } }

    @Test func userDetail() {
        each("user-detail") { state in
            state.press(.c("3"), .enter)
            let auditForAda = Fixtures.auditEvents.filter { $0.resourceID == Fixtures.users[0].id }
            state.send(
                .userDetailLoaded(
                    UserDetail(
                        user: Fixtures.users[0],
                        groups: [.init(id: Fixtures.groups[0].id, displayName: "Engineering"), .init(id: "x", displayName: "All Staff")],
                        audit: auditForAda, isProtectedAdmin: true
                    )))
        }
    }

    @Test func groups() { each("groups") { $0.press(.c("4")) } }

    @Test func groupDetail() {
        each("group-detail") { state in
            state.press(.c("4"), .c("j"), .enter)
            state.send(
                .groupDetailLoaded(
                    GroupDetail(
                        group: Fixtures.groups[1],
                        members: [
                            .init(userID: Fixtures.users[0].id, display: "ada@example.com"),
                            .init(userID: Fixtures.users[3].id, display: "yamada.taro@example.jp"),
                        ],
                        audit: [
                            Fixtures.audit(
                                20, age: 3 * 3_600, actor: "idp:Okta", .groupRelinked,
                                "re-linked group Sales (deleted 2026-11-27 09:12 UTC, same id)"),
                            Fixtures.audit(
                                19, age: 29 * 3_600, actor: "idp:Okta", .groupDeleted, "deleted group Sales (17 members; kept for re-link)"),
                            Fixtures.audit(18, age: 30 * 86_400, actor: "idp:Okta", .groupCreated, "created group Sales with 17 members"),
                        ]
                    )))
        }
    }

    @Test func traffic() { each("traffic") { $0.press(.c("5")) } }

    @Test func trafficDetail() {
        // The 201 that created alan.turing: both bodies are JSON.
        each("traffic-detail") { state in
            state.press(.c("5"))
            state.press(.c("F"))
            for _ in 0..<10 { state.press(.c("j")) }
            state.press(.enter)
        }
    }

    @Test func audit() { each("audit") { $0.press(.c("6")) } }

    @Test func auditDetail() { each("audit-detail") { $0.press(.c("6"), .enter) } }

    @Test func admins() { each("admins") { $0.press(.c("7")) } }
}
