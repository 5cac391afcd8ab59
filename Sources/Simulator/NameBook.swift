/// The names, titles and groups generated people are drawn from: realistic, and with a few
/// non-ASCII names so UTF-8 travels through bodies, filters and the store.
enum NameBook {
    /// A person whose name needs an explicit ASCII handle for the userName.
    struct Person {
        let given: String
        let family: String
        /// How the person writes their full name (family first for Chinese, Japanese, Vietnamese).
        let display: String
        let handle: String
    }

    static let givenNames = [
        "Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
        "Edsger", "Radia", "Tim", "Hedy", "John", "Annie", "Donald", "Shafi", "Leslie", "Mary",
        "Niklaus", "Adele", "Guido", "Sophie", "Bjarne", "Jean", "Yukihiro", "Karen", "Vint", "Lynn",
    ]

    static let familyNames = [
        "Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen",
        "Dijkstra", "Perlman", "Berners-Lee", "Lamarr", "McCarthy", "Easley", "Knuth", "Goldwasser", "Lamport", "Keller",
        "Wirth", "Goldberg", "van Rossum", "Wilson", "Stroustrup", "Sammet", "Matsumoto", "Jones", "Cerf", "Conway",
    ]

    static let nonASCII = [
        Person(given: "Zoë", family: "Ångström", display: "Zoë Ångström", handle: "zoe.angstrom"),
        Person(given: "小龍", family: "李", display: "李 小龍", handle: "xiaolong.li"),
        Person(given: "José", family: "Núñez", display: "José Núñez", handle: "jose.nunez"),
        Person(given: "Søren", family: "Østergaard", display: "Søren Østergaard", handle: "soren.ostergaard"),
        Person(given: "Chloé", family: "Lefèvre", display: "Chloé Lefèvre", handle: "chloe.lefevre"),
        Person(given: "Björn", family: "Ekström", display: "Björn Ekström", handle: "bjorn.ekstrom"),
        Person(given: "Mai", family: "Đặng", display: "Đặng Thị Mai", handle: "mai.dang"),
        Person(given: "Ayşe", family: "Yılmaz", display: "Ayşe Yılmaz", handle: "ayse.yilmaz"),
        Person(given: "Małgorzata", family: "Wójcik", display: "Małgorzata Wójcik", handle: "malgorzata.wojcik"),
        Person(given: "さくら", family: "田中", display: "田中 さくら", handle: "sakura.tanaka"),
    ]

    static let titles = [
        "Software Engineer", "Account Executive", "Support Specialist", "Financial Analyst", "Product Designer",
        "Recruiter", "Counsel", "Site Reliability Engineer", "Data Scientist", "Marketing Manager",
    ]

    static let departments = ["Engineering", "Sales", "Support", "Finance", "Design", "People", "Legal", "Marketing"]

    static let divisions = ["EMEA", "Americas", "APAC"]

    /// Group names include `&` and non-ASCII, which must survive a `displayName eq "…"` filter.
    static let groupNames = [
        "Engineering", "Sales EMEA", "Customer Support", "Finance & Legal", "Product Design", "Équipe Montréal",
        "Data Platform", "People Ops", "Security", "Marketing", "Site Reliability", "東京オフィス",
    ]

    /// A lowercase handle from ASCII names: letters, digits, dots and hyphens only.
    static func handle(given: String, family: String) -> String {
        let raw = "\(given).\(family)".lowercased()
        return String(
            raw.unicodeScalars.filter { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-")
            }.map(Character.init))
    }
}
