/// Everything a run will send, generated from the options' seed before the first request, so tests
/// can compare the store against what was meant to happen.
public struct SimulationPlan: Sendable {
    public let options: SimulatorOptions
    /// The generated users, then the protected admin (if any) last.
    public let users: [PlannedUser]
    public let groups: [PlannedGroup]
    /// The userName Entra's connection test asks for, which must not exist.
    public let probeUserName: String

    public init(options: SimulatorOptions) {
        self.options = options
        var random = SplitMix64(seed: options.seed)
        var users = Self.people(options, random: &random)
        if let admin = options.protectedAdmin {
            users.append(Self.admin(admin, index: users.count, options: options, random: &random))
        }
        self.users = users
        groups = Self.groups(options, userCount: options.users, random: &random)
        probeUserName = "Test_User_\(random.uuid())"
    }

    /// The userNames of a group's final members, as a set (membership order is not part of SCIM).
    public func finalMemberNames(of group: PlannedGroup, excludingLeavers: Bool = false) -> Set<String> {
        Set(group.finalMembers.map { users[$0] }.filter { !(excludingLeavers && $0.leavesAtEnd) }.map(\.userName))
    }

    private static func people(_ options: SimulatorOptions, random: inout SplitMix64) -> [PlannedUser] {
        var taken = Set<String>()
        return (0..<max(0, options.users)).map { index in
            // One guaranteed non-ASCII name early on, then about one in six.
            let special = index == 1 || random.chance(1, in: 6)
            let person = special ? random.pick(NameBook.nonASCII) : plain(random: &random)
            var handle = person.handle
            var suffix = 2
            while !taken.insert(handle).inserted {
                handle = "\(person.handle)\(suffix)"
                suffix += 1
            }
            let email = "\(handle)@\(options.emailDomain)"
            // Every fourth userName keeps capitals, which the SP must echo exactly (docs/idp-wire.md Q8).
            let userName = index % 4 == 2 ? capitalised(handle) + "@\(options.emailDomain)" : email
            let title = random.pick(NameBook.titles)
            let department = random.pick(NameBook.departments)
            return PlannedUser(
                index: index, userName: userName, email: email, givenName: person.given, familyName: person.family,
                displayName: person.display, title: title, department: department, division: random.pick(NameBook.divisions),
                externalID: externalID(options.idp, random: &random), locale: index % 2 == 0 ? "en-US" : "en_US",
                password: random.string(10, from: "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                updatedTitle: different(from: title, in: NameBook.titles, random: &random),
                updatedDepartment: different(from: department, in: NameBook.departments, random: &random),
                isProtectedAdmin: false, leavesAtEnd: options.idp == .entra && index % 4 == 3
            )
        }
    }

    private static func admin(_ userName: String, index: Int, options: SimulatorOptions, random: inout SplitMix64) -> PlannedUser {
        let email = userName.contains("@") ? userName : "\(userName)@\(options.emailDomain)"
        return PlannedUser(
            index: index, userName: userName, email: email, givenName: "Console", familyName: "Admin",
            displayName: "Console Admin", title: "Administrator", department: "IT", division: "EMEA",
            externalID: externalID(options.idp, random: &random), locale: "en-US",
            password: random.string(10, from: "abcdefghijkmnpqrstuvwxyz23456789"),
            updatedTitle: "Former Administrator", updatedDepartment: "Sales", isProtectedAdmin: true, leavesAtEnd: false
        )
    }

    private static func groups(_ options: SimulatorOptions, userCount: Int, random: inout SplitMix64) -> [PlannedGroup] {
        let count = max(0, options.groups)
        var names = NameBook.groupNames
        for index in names.indices.reversed() where index > 0 {
            names.swapAt(index, random.below(index + 1))
        }
        return (0..<count).map { index in
            let round = index / names.count
            let name = names[index % names.count] + (round == 0 ? "" : " \(round + 1)")
            // Round-robin membership, so every user is in exactly one group at first.
            let initial = (0..<userCount).filter { $0 % count == index }
            let outsiders = (0..<userCount).filter { $0 % count != index }
            let added = outsiders.isEmpty ? [] : [random.pick(outsiders)]
            let removed = initial.count > 1 ? [random.pick(initial)] : []
            return PlannedGroup(
                index: index, displayName: name, externalID: options.idp == .entra ? random.uuid() : nil,
                initialMembers: initial, added: added, removed: removed
            )
        }
    }

    private static func plain(random: inout SplitMix64) -> NameBook.Person {
        let given = random.pick(NameBook.givenNames)
        let family = random.pick(NameBook.familyNames)
        return NameBook.Person(
            given: given, family: family, display: "\(given) \(family)", handle: NameBook.handle(given: given, family: family))
    }

    private static func externalID(_ idp: SimulatedIdP, random: inout SplitMix64) -> String {
        switch idp {
        case .okta: "00u" + random.string(17, from: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        case .entra: random.uuid()
        }
    }

    private static func different(from current: String, in items: [String], random: inout SplitMix64) -> String {
        let others = items.filter { $0 != current }
        return others.isEmpty ? current : random.pick(others)
    }

    /// "ada.lovelace" → "Ada.Lovelace".
    private static func capitalised(_ handle: String) -> String {
        handle.split(separator: ".", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: ".")
    }
}
