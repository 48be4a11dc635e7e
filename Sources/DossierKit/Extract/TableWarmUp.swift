import Foundation

/// The built-in tables (names, places, titles, dates) are read from their resource files on first use. A
/// build from scratch first needs them on every core at once; a rebuild that extracts one article used to
/// read them on its one busy thread in the middle of resolution (20 ms of a 0.8 s rebuild). `start` reads the
/// large ones on a thread of its own as the build begins, while the seeds are read and compared; whoever
/// needs a table first waits for that one only (each is initialized once, under the runtime's lock).
enum TableWarmUp {
    static func start() {
        let thread = Thread {
            _ = Gazetteer.places.count
            _ = Gazetteer.givenNames.count
            _ = Gazetteer.demonyms.count
            _ = Gazetteer.titles.count
            _ = Gazetteer.commonCapitalized.count
            _ = NameExtractor.titleSet.count
            _ = Gazetteer.knownOrganizations.count
            _ = DateWords.months.count
            _ = DateRules.all.count
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }
}
