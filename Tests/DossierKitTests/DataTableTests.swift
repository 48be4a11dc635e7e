import Testing
@testable import DossierKit

@Suite struct DataTableTests {
    @Test func everyTableLoadsAndHasNoDuplicates() {
        let tables = DataTable.all()
        #expect(tables.contains("common/weekdays.txt"))
        for name in tables {
            #expect(!DataTable.lines(name).isEmpty, "\(name) is empty")
            #expect(DataTable.duplicates(name) == [], "\(name) repeats entries")
        }
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        #expect(DataTable.lines("common/weekdays.txt").first == "Monday")
        #expect(DataTable.lines("common/weekdays.txt").count == 7)
    }
}
