import Foundation

/// The built-in tables (names, places, titles, dates) are read from their resource files on first use. A
/// build from scratch first needs them on every core at once; a rebuild that extracts one article used to
/// read them on its one busy thread in the middle of resolution (20 ms of a 0.8 s rebuild). `start` reads the
/// large ones on a thread of its own as the build begins, while the seeds are read and compared; whoever
/// needs a table first waits for that one only (each is initialized once, under the runtime's lock).
enum TableWarmUp {
    /// Every table, the large ones first. The small ones were read on first use, in a rebuild at the point
    /// where the one edited article is extracted, one after another on the build's busy thread.
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
            _ = DateRules.forms.count
            _ = DateScan.starters.count
            _ = DateScan.capitalizedStarters.count
            _ = Gazetteer.weekdays.count
            _ = Gazetteer.months.count
            _ = Gazetteer.abbreviations.count
            _ = Gazetteer.abbreviationsThatMayEndSentence.count
            _ = Gazetteer.organizationHeads.count
            _ = Gazetteer.organizationStarts.count
            _ = Gazetteer.documentHeads.count
            _ = Gazetteer.documentStarts.count
            _ = Gazetteer.eventHeads.count
            _ = Gazetteer.eventStarts.count
            _ = Gazetteer.workCues.count
            _ = Gazetteer.speechVerbs.count
            _ = Gazetteer.personRoleNouns.count
            _ = Gazetteer.nameConnectors.count
            _ = Gazetteer.extraEventHeads.count
            _ = Gazetteer.extraOrganizationStarts.count
            _ = Gazetteer.placeHeads.count
            _ = Gazetteer.placeStarts.count
            _ = Gazetteer.clubWords.count
            _ = Gazetteer.partyAbbreviations.count
            _ = Gazetteer.companySuffixes.count
            _ = Gazetteer.institutionalVerbs.count
            _ = Gazetteer.groups.count
            _ = Gazetteer.timeZones.count
            _ = Gazetteer.organizationCuesBefore.count
            _ = Gazetteer.organizationCuesAfter.count
            _ = DateWords.weekdays.count
            _ = DateWords.seasons.count
            _ = DateWords.ordinals.count
            _ = DateWords.numberWords.count
            _ = DateWords.decadeWords.count
            _ = DateWords.units.count
            _ = DateWords.references.count
            _ = DateWords.holidays.count
            _ = DateWords.holidayFirstWords.count
            _ = DateWords.timeZones.count
            _ = DateWords.clockWords.count
            _ = DateWords.countNouns.count
            _ = DateWords.countAdjectives.count
            _ = DateWords.numberedThings.count
            _ = DateWords.yearPrepositions.count
            _ = DateWords.yearDeterminers.count
            _ = DateWords.futureMarkers.count
            _ = DateWords.futureBeforeTo.count
            _ = DateWords.pastMarkers.count
            _ = DateWords.presentMarkers.count
            _ = NameExtractor.arabicArticles.count
            _ = NameExtractor.functionWords.count
            _ = NameExtractor.placePrepositions.count
            _ = SentenceLayout.tableWords.count
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }
}
