// TEMPORARY stand-in until Gazetteer.swift lands.
enum PlaceClass: String, Sendable { case country, city, region }
enum Gazetteer {
    static let places: [String: (PlaceClass, String)] = ["Iran": (.country, "Iran"), "Russia": (.country, "Russia"), "Moscow": (.city, "Moscow"), "Syria": (.country, "Syria"), "U.S.": (.country, "United States"), "United States": (.country, "United States"), "Saudi Arabia": (.country, "Saudi Arabia"), "Tehran": (.city, "Tehran"), "Aleppo": (.city, "Aleppo"), "Damascus": (.city, "Damascus"), "Iraq": (.country, "Iraq"), "Yemen": (.country, "Yemen"), "Washington": (.city, "Washington"), "D.C.": (.city, "Washington"), "Lebanon": (.country, "Lebanon")]
    static let demonyms: [String: String] = ["Iranian": "Iran", "Iranians": "Iran", "Russian": "Russia", "Syrian": "Syria", "Syrians": "Syria", "Saudi": "Saudi Arabia", "Arabian": "Saudi Arabia", "Lebanese": "Lebanon", "Iraqis": "Iraq", "Afghans": "Afghanistan", "Pakistanis": "Pakistan", "Americans": "United States", "American": "United States", "Arab": "Arab world", "Shiite": "Shia"]
    static let titles: [[String]] = [["Gen."], ["Major", "General"], ["Maj.", "Gen."], ["Rep."], ["Sen."], ["President"], ["Ayatollah"], ["Supreme", "Leader"], ["Dr."], ["Mr."], ["Ms."], ["Chairman"], ["Chair"]]
    static let weekdays: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Sept.", "Jan.", "Feb.", "Aug.", "Oct.", "Nov.", "Dec."]
    static let commonCapitalized: Set<String> = ["The", "A", "He", "In", "As", "Nonetheless", "After", "Reports", "These", "If", "So", "And", "Please", "It", "She", "They", "We"]
    static let abbreviations: Set<String> = ["Gen.", "Maj.", "Rep.", "Sen.", "Dr.", "Mr.", "Ms.", "Sept.", "Jan.", "St.", "U.S.", "U.N.", "D.C."]
    static let abbreviationsThatMayEndSentence: Set<String> = ["U.S.", "U.N.", "D.C."]
    static let organizationHeads: Set<String> = ["Force", "Corps", "Council", "Committee", "Agency", "Ministry", "Party", "News", "Journal", "Navy", "Guard", "Staff", "Jihad"]
    static let organizationStarts: Set<String> = ["Ministry"]
    static let documentHeads: Set<String> = ["Resolution", "Act", "Treaty", "Agreement", "Report"]
    static let documentStarts: Set<String> = ["Resolution"]
    static let eventHeads: Set<String> = ["War", "Election", "Summit"]
    static let eventStarts: Set<String> = ["Battle", "Operation"]
    static let workCues: Set<String> = ["film", "book", "movie"]
    static let speechVerbs: Set<String> = ["said", "wrote", "told", "according", "testified"]
    static let personRoleNouns: Set<String> = ["researcher", "spokesman"]
    static let givenNames: Set<String> = ["Qassem", "Ed", "Mac", "Joseph", "Amir", "Ali", "Bashar"]
    static let nameConnectors: Set<String> = ["of", "the", "al", "bin", "de", "for", "and", "von", "van"]
}
