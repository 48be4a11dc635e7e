import Testing
@testable import DossierKit

/// Builds blocks the way the .txt parser does: headline on line 1, a blank line, then each block
/// followed by one blank line.
private func blocks(_ texts: [String], firstLine: Int = 3) -> [TextBlock] {
    var line = firstLine
    var out: [TextBlock] = []
    for text in texts {
        out.append(TextBlock(text: text, line: line))
        line += text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    }
    return out
}

private func clean(_ texts: String...) -> CleanedArticle {
    FurnitureCleaner.clean(blocks(texts))
}

/// Asserts that a single block passes through untouched as prose.
private func expectProse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = FurnitureCleaner.clean([TextBlock(text: text, line: 7)])
    #expect(result.paragraphs == [TextBlock(text: text, line: 7)], sourceLocation: sourceLocation)
    #expect(result.captions.isEmpty, sourceLocation: sourceLocation)
    #expect(result.removed.isEmpty, sourceLocation: sourceLocation)
}

private func expectCredit(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = FurnitureCleaner.clean([TextBlock(text: text, line: 5)])
    #expect(result.paragraphs.isEmpty, "\(text) should not be prose", sourceLocation: sourceLocation)
    #expect(result.captions.isEmpty, sourceLocation: sourceLocation)
    #expect(
        result.removed == [Furniture(kind: .credit, text: text, reason: "photo credit", line: 5)],
        sourceLocation: sourceLocation)
}

private func expectBoilerplate(_ text: String, reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = FurnitureCleaner.clean([TextBlock(text: text, line: 9)])
    #expect(result.paragraphs.isEmpty, "\(text) should not be prose", sourceLocation: sourceLocation)
    #expect(
        result.removed == [Furniture(kind: .boilerplate, text: text, reason: reason, line: 9)],
        sourceLocation: sourceLocation)
}

@Suite("FurnitureCleaner")
struct FurnitureCleanerTests {
    // MARK: - Seed examples

    @Test func seedPhotoCreditBlockIsRemoved() {
        let prose1 = "In 2011, Soleimani and other members of the Qods Force were implicated in the failed Iranian plot to assassinate the Saudi Arabian ambassador to the U.S."
        let prose2 = "\u{201C}After more than five years, Soleimani has succeeded in preventing the fall of Bashar al Assad, protecting Iran\u{2019}s supply route to Lebanese Hezbollah,\u{201D} researcher Amir Toumaj wrote."
        let result = clean(prose1, prose2, "[Photo: ali javid / YouTube ]")
        #expect(result.paragraphs == [TextBlock(text: prose1, line: 3), TextBlock(text: prose2, line: 5)])
        #expect(result.captions.isEmpty)
        #expect(result.removed == [Furniture(kind: .credit, text: "[Photo: ali javid / YouTube ]", reason: "photo credit", line: 7)])
    }

    @Test func seedCaptionWithCreditLine() {
        let captionLine = "In this Sept. 18, 2016 photo released by an official website of the office of the Iranian supreme leader, Revolutionary Guard Gen. Qassem Soleimani, center, attends a meeting with Supreme Leader Ayatollah Ali Khamenei and Revolutionary Guard commanders in Tehran, Iran. As Saudi Arabia holds a naval drill in the \u{2026}"
        let creditLine = "Office of the Iranian Supreme Leader via AP"
        let prose = "Major General Qassem Soleimani, head of Iran\u{2019}s notorious Quds Force \u{2014} the terrorism department of Iran\u{2019}s complex military structure \u{2014} violated multiple United Nations resolutions with a visit to Moscow on Wednesday."
        let result = clean(captionLine + "\n" + creditLine, prose)
        #expect(result.captions == [Caption(text: captionLine, credit: creditLine, line: 3)])
        #expect(result.paragraphs == [TextBlock(text: prose, line: 6)])
        #expect(result.removed == [
            Furniture(kind: .caption, text: captionLine, reason: "photo caption, shown as a caption", line: 3),
            Furniture(kind: .credit, text: creditLine, reason: "credit line of a caption", line: 4),
        ])
    }

    @Test func seedCommentNoticeIsRemoved() {
        let prose = "Voice of America News reported on Wednesday that a lightly fictionalized version of Soleimani appears as the top commander of Iranian forces in a new animated film called\u{00A0}Battle of the Persian Gulf II,\u{00A0}which depicts Iran wiping out the entire United States Navy."
        let notice = "Please let us know if you're having issues with commenting."
        let result = clean(prose, notice)
        #expect(result.paragraphs == [TextBlock(text: prose, line: 3)])
        #expect(result.removed == [
            Furniture(kind: .boilerplate, text: notice, reason: "site boilerplate: comment notice", line: 5),
        ])
    }

    // MARK: - Credit lines

    @Test(arguments: [
        "[Photo: ali javid / YouTube ]",
        "Photo: Reuters",
        "Photograph: Atta Kenare/AFP/Getty Images",
        "Image: Shutterstock",
        "Picture: Supplied",
        "Credit: Lynsey Addario for The New York Times",
        "Photo credit: Iranian Presidency Office",
        "(Photo by Atta Kenare/AFP via Getty Images)",
        "Photo by Chip Somodevilla/Getty Images",
        "AP Photo/Vahid Salemi",
        "AP Photo/Vahid Salemi, File",
        "Vahid Salemi/AP",
        "Raheb Homavandi/Reuters",
        "Office of the Iranian Supreme Leader via AP",
        "Handout via Reuters",
        "Iranian Presidency via Getty Images",
        "Atta Kenare / AFP",
        "(AP Photo/Ebrahim Noroozi)",
        "Getty Images",
        "Shutterstock",
        "REUTERS/Raheb Homavandi",
        "EPA-EFE/ABEDIN TAHERKENAREH",
        "Courtesy of the Soleimani family",
        "AFP via Getty Images",
        "Getty Images/iStockphoto",
    ])
    func creditLinesAreRemoved(_ line: String) {
        expectCredit(line)
    }

    @Test func multiLineCreditBlockIsOneRemoval() {
        let text = "Photo: Reuters\nGetty Images"
        let result = FurnitureCleaner.clean([TextBlock(text: text, line: 12)])
        #expect(result.paragraphs.isEmpty)
        #expect(result.removed == [Furniture(kind: .credit, text: text, reason: "photo credit", line: 12)])
    }

    @Test func creditAtEndOfLongParagraphSplitsOffAndParagraphStays() {
        let paragraph = String(String(repeating: "Soleimani has previously violated the travel ban by flying to Russia before, officials said. ", count: 8).dropLast())
        let result = FurnitureCleaner.clean([TextBlock(text: paragraph + "\nPhoto: Reuters", line: 10)])
        #expect(result.paragraphs == [TextBlock(text: paragraph, line: 10)])
        #expect(result.captions.isEmpty)
        #expect(result.removed == [
            Furniture(kind: .credit, text: "Photo: Reuters", reason: "photo credit at the edge of a paragraph", line: 11),
        ])
    }

    @Test func quotedParagraphWithCreditLineStaysProse() {
        let quote = "\u{201C}We will respond,\u{201D} the general said."
        let result = FurnitureCleaner.clean([TextBlock(text: quote + "\nAP Photo/Vahid Salemi", line: 4)])
        #expect(result.paragraphs == [TextBlock(text: quote, line: 4)])
        #expect(result.removed.map(\.kind) == [.credit])
        #expect(result.removed.first?.line == 5)
    }

    // MARK: - Captions

    @Test func shortProseWithCreditLineIsCaption() {
        let caption = "Iranian President Hassan Rouhani speaks at a news conference in Tehran, Iran, Monday."
        let credit = "Vahid Salemi/AP"
        let result = FurnitureCleaner.clean([TextBlock(text: caption + "\n" + credit, line: 3)])
        #expect(result.paragraphs.isEmpty)
        #expect(result.captions == [Caption(text: caption, credit: credit, line: 3)])
        #expect(result.removed.map(\.kind) == [.caption, .credit])
        #expect(result.removed.map(\.line) == [3, 4])
    }

    @Test func bracketedCreditGluedToEndOfLineIsSplit() {
        let caption = "Iranian President Hassan Rouhani speaks at a news conference in Tehran, Iran."
        let glued = "(AP Photo/Ebrahim Noroozi)"
        let result = FurnitureCleaner.clean([TextBlock(text: caption + " " + glued, line: 8)])
        #expect(result.paragraphs.isEmpty)
        #expect(result.captions == [Caption(text: caption, credit: "AP Photo/Ebrahim Noroozi", line: 8)])
        #expect(result.removed == [
            Furniture(kind: .caption, text: caption, reason: "photo caption, shown as a caption", line: 8),
            Furniture(kind: .credit, text: glued, reason: "credit line of a caption", line: 8),
        ])
    }

    @Test func labelledCreditGluedAfterLastSentenceIsSplit() {
        let caption = "Soldiers march during a parade in Tehran on Sept. 22, 2016."
        let result = FurnitureCleaner.clean([TextBlock(text: caption + " Photo: Reuters", line: 3)])
        #expect(result.captions == [Caption(text: caption, credit: "Photo: Reuters", line: 3)])
        #expect(result.removed.map(\.text) == [caption, "Photo: Reuters"])
    }

    @Test func agencyCreditGluedAfterEllipsisIsSplit() {
        let caption = "Revolutionary Guard Gen. Qassem Soleimani attends a meeting in Tehran, Iran. As Saudi Arabia holds a naval drill in the \u{2026}"
        let credit = "Office of the Iranian Supreme Leader via AP"
        let result = FurnitureCleaner.clean([TextBlock(text: caption + " " + credit, line: 3)])
        #expect(result.captions == [Caption(text: caption, credit: credit, line: 3)])
    }

    @Test func leadingBracketedCreditMakesCaption() {
        let text = "(Photo: Atta Kenare/AFP) Iranian women walk past a mural in Tehran."
        let result = FurnitureCleaner.clean([TextBlock(text: text, line: 6)])
        #expect(result.paragraphs.isEmpty)
        #expect(result.captions == [Caption(text: "Iranian women walk past a mural in Tehran.", credit: "Photo: Atta Kenare/AFP", line: 6)])
        #expect(result.removed.map(\.kind) == [.credit, .caption])
        #expect(result.removed.first?.text == "(Photo: Atta Kenare/AFP)")
    }

    @Test(arguments: [
        "In this photo released by the Iranian Army, troops take part in a drill near the Strait of Hormuz.",
        "In this Sept. 18, 2016 photo, Gen. Qassem Soleimani attends a meeting in Tehran.",
        "In this undated file photo, Revolutionary Guard members march in Tehran.",
        "In this image made from video, smoke rises over the port of Latakia, Syria.",
        "In this still from video broadcast by state television, missiles are launched.",
        "This undated photo shows Gen. Qassem Soleimani at a mosque in Tehran.",
        "This Jan. 3, 2020 image provided by the U.S. Department of Defense shows a drone.",
        "FILE - Iranian President Hassan Rouhani speaks in Tehran, Iran, Aug. 29, 2017.",
        "FILE PHOTO: Iran's Supreme Leader Ayatollah Ali Khamenei speaks during a meeting in Tehran.",
    ])
    func captionOpenersWithoutCreditAreCaptions(_ text: String) {
        let result = FurnitureCleaner.clean([TextBlock(text: text, line: 4)])
        #expect(result.paragraphs.isEmpty)
        #expect(result.captions == [Caption(text: text, credit: nil, line: 4)])
        #expect(result.removed == [Furniture(kind: .caption, text: text, reason: "photo caption, shown as a caption", line: 4)])
    }

    @Test func multiLineCaptionJoinsTextWithSpaces() {
        let result = FurnitureCleaner.clean([TextBlock(text: "In this photo, troops march.\nThe parade was in Tehran.\nGetty Images", line: 3)])
        #expect(result.captions == [Caption(text: "In this photo, troops march. The parade was in Tehran.", credit: "Getty Images", line: 3)])
        #expect(result.removed.first?.text == "In this photo, troops march.\nThe parade was in Tehran.")
        #expect(result.removed.last == Furniture(kind: .credit, text: "Getty Images", reason: "credit line of a caption", line: 5))
    }

    // MARK: - Boilerplate

    @Test(arguments: [
        ("Please let us know if you're having issues with commenting.", "site boilerplate: comment notice"),
        ("Comments are closed.", "site boilerplate: comment notice"),
        ("Join the conversation", "site boilerplate: comment notice"),
        ("Leave a comment", "site boilerplate: comment notice"),
        ("12 Comments", "site boilerplate: comment notice"),
        ("Sign up for our newsletter", "site boilerplate: newsletter sign-up"),
        ("Subscribe to our newsletter to get the latest news.", "site boilerplate: newsletter sign-up"),
        ("Get the Morning Briefing newsletter in your inbox every day.", "site boilerplate: newsletter sign-up"),
        ("We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. Learn more", "site boilerplate: cookie notice"),
        ("This website uses cookies.\nAccept", "site boilerplate: cookie notice"),
        ("Share this article", "site boilerplate: sharing links"),
        ("Share on Facebook", "site boilerplate: sharing links"),
        ("Follow us on Twitter", "site boilerplate: sharing links"),
        ("Facebook Twitter Email", "site boilerplate: sharing links"),
        ("Advertisement", "site boilerplate: advertisement marker"),
        ("ADVERTISEMENT", "site boilerplate: advertisement marker"),
        ("Story continues below", "site boilerplate: continuation marker"),
        ("Story continues below advertisement", "site boilerplate: continuation marker"),
        ("Read more: Iran\u{2019}s Soleimani visits Moscow again. Officials are alarmed", "site boilerplate: related-link teaser"),
        ("Click here to read the full report", "site boilerplate: click-through link"),
        ("Privacy Policy | Terms of Use | Contact Us", "site boilerplate: footer links"),
        ("All rights reserved.", "site boilerplate: copyright line"),
        ("\u{00A9} 2017 Some Outlet. All rights reserved.", "site boilerplate: copyright line"),
        ("Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "site boilerplate: copyright line"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "site boilerplate: copyright line"),
    ])
    func boilerplateBlocksAreRemoved(_ text: String, _ reason: String) {
        expectBoilerplate(text, reason: reason)
    }

    // MARK: - Look-alikes that must stay prose

    @Test(arguments: [
        "The photo, released via AP on Monday, showed the minister at the border, officials said.",
        "The minister declined to comment on the report.",
        "The company said it would stop sending its newsletter to subscribers in March.",
        "She baked cookies for the troops, the paper reported.",
        "\u{201C}Share this article with everyone you know,\u{201D} the activist urged supporters on Monday.",
        "\u{201C}Please let us know if you\u{2019}re having issues with commenting,\u{201D} the site told readers.",
        "In this case, the photo was taken by a soldier, the report said.",
        "In this still volatile region, no photo tells the whole story.",
        "Reuters/Ipsos polling found that most Americans oppose the deal.",
        "The image was distributed via AP.",
        "He did not leave a comment on the post, his spokesman said.",
        "Copyright law in the EU changed in 2019, the report said.",
        "The EU\u{2019}s new cookie policy drew criticism from publishers.",
        "Advertisement revenue fell sharply last year.",
        "Read more about the plan in the annex, the ministry said.",
        "Photographs of the meeting were shared on social media by state television.",
        "Getty Images photographers were barred from the event, the agency said.",
        "All rights reserved under the treaty remain with Tehran, the official said.",
        "Follow the money, investigators said.",
        "Readers who sign up for the newsletter will get alerts, the company said.",
        "This image of the regime as invincible is false, he said.",
        "This still shows how much work remains, he said.",
        "He struggled with commenting on the case, his lawyer said.",
        "Photo by photo, the exhibit traces the war\u{2019}s toll on families.",
        "Iran denied the report (Reuters)",
        "(Reuters) - Iran\u{2019}s foreign ministry summoned the Russian envoy on Tuesday.",
        "Soleimani met Putin.",
        "The Quds Force",
        "Contact us at the embassy, the statement said, if you have any information.",
        "Join the conversation, the minister urged, was his favourite phrase in speeches to students at the university.",
        "Join the conversation, the minister told students.",
        "Share on Facebook and Twitter were the most common ways that Iranians learned of the general\u{2019}s trip to Moscow.",
        "We do not comment on matters of national security, and our policy on that is clear.",
    ])
    func lookAlikesStayProse(_ text: String) {
        expectProse(text)
    }

    @Test func longBlockMentioningChromeStaysProse() {
        let text = String(repeating: "Sign up for our newsletter. ", count: 12)
        expectProse(text)
    }

    // MARK: - Whitespace, order and line numbers

    @Test func whitespaceOnlyBlocksAreDroppedSilently() {
        let result = FurnitureCleaner.clean([
            TextBlock(text: "   ", line: 3),
            TextBlock(text: "\u{00A0}\t", line: 5),
            TextBlock(text: "Soleimani arrived in Moscow.", line: 7),
        ])
        #expect(result.paragraphs == [TextBlock(text: "Soleimani arrived in Moscow.", line: 7)])
        #expect(result.removed.isEmpty)
        #expect(result.captions.isEmpty)
    }

    @Test func emptyInputGivesEmptyArticle() {
        #expect(FurnitureCleaner.clean([]) == CleanedArticle(paragraphs: [], captions: [], removed: []))
    }

    @Test func mixedArticleKeepsOrderAndLineNumbers() {
        let texts = [
            "In this Sept. 18, 2016 photo, Gen. Qassem Soleimani attends a meeting in Tehran.\nOffice of the Iranian Supreme Leader via AP",
            "First paragraph of the story.",
            "Advertisement",
            "Second paragraph,\nwhich runs over two lines.",
            "Soldiers march in Tehran. (AP Photo/Vahid Salemi)",
            "Third paragraph.",
            "Share this article",
            "[Photo: ali javid / YouTube ]",
            "Please let us know if you're having issues with commenting.",
        ]
        let result = FurnitureCleaner.clean(blocks(texts))
        // Lines: 3-4, 6, 8, 10-11, 13, 15, 17, 19, 21.
        #expect(result.paragraphs == [
            TextBlock(text: "First paragraph of the story.", line: 6),
            TextBlock(text: "Second paragraph,\nwhich runs over two lines.", line: 10),
            TextBlock(text: "Third paragraph.", line: 15),
        ])
        #expect(result.captions.map(\.line) == [3, 13])
        #expect(result.captions.map(\.credit) == ["Office of the Iranian Supreme Leader via AP", "AP Photo/Vahid Salemi"])
        #expect(result.removed.map(\.kind) == [.caption, .credit, .boilerplate, .caption, .credit, .boilerplate, .credit, .boilerplate])
        #expect(result.removed.map(\.line) == [3, 4, 8, 13, 13, 17, 19, 21])
        #expect(result.removed.map(\.reason) == [
            "photo caption, shown as a caption", "credit line of a caption", "site boilerplate: advertisement marker",
            "photo caption, shown as a caption", "credit line of a caption", "site boilerplate: sharing links",
            "photo credit", "site boilerplate: comment notice",
        ])
    }

    @Test func untouchedBlocksKeepTheirExactText() {
        let text = "  Indented line with trailing space \nsecond line"
        expectProse(text)
    }

    @Test func cleaningIsFastOnLargeInput() {
        let paragraph = String(repeating: "Soleimani oversees the funding, training, and equipping of militias in the region. ", count: 40)
        let input = (0..<2000).map { TextBlock(text: $0 % 10 == 0 ? "Photo: Reuters" : paragraph, line: $0 * 2 + 3) }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = FurnitureCleaner.clean(input) }
        #expect(elapsed < .seconds(10))
        let result = FurnitureCleaner.clean(input)
        #expect(result.paragraphs.count == 1800)
        #expect(result.removed.count == 200)
    }
}

@Suite("Furniture text helpers")
struct FurnitureTextTests {
    @Test("Normalizing lower-cases, plains apostrophes and collapses every kind of space, ASCII or not")
    func normalize() {
        typealias T = FurnitureCleaner.Text
        #expect(T.normalize("  Don’t\u{00A0}MISS\r\n\tOur ʼNewsletterʼ ‘Today’  ") == "don't miss our 'newsletter' 'today'")
        #expect(T.normalize("ÉTÉ à Zürich") == "été à zürich")
        // An apostrophe with a combining mark on it is another character, kept as it is.
        #expect(T.normalize("a\u{2019}\u{301}b") == "a\u{2019}\u{301}b")
        #expect(T.normalize("") == "" && T.normalize(" \u{2003} ") == "")
        #expect(T.words("one\u{00A0}two\r\nthree  four") == ["one", "two", "three", "four"])
        #expect(T.trim("\u{3000} x \u{85}") == "x")
        #expect(T.scalar("é") == 0xE9 && T.scalar("e\u{301}") == nil && T.scalar("\r\n") == nil)
    }

    @Test("Sentences end at . ! ? … before a space, and link lists split at | • ·")
    func sentences() {
        let parts = FurnitureCleaner.Boilerplate.sentences("Share this. Follow us! Why? Wait… Privacy | Terms • Help · FAQ e.g.x")
        #expect(parts.map { String($0) } == ["Share this.", " Follow us!", " Why?", " Wait…", " Privacy ", " Terms ", " Help ", " FAQ e.g.x"])
    }
}
