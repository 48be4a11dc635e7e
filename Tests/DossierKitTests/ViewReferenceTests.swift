import Mustache
import Testing
@testable import DossierKit

/// Views handed to swift-mustache behind references (`ViewReference`, `Array.references`) render the same
/// text as the values themselves: every name, section, inverted section, outer name and list transform.
@Suite("View references")
struct ViewReferenceTests {
    /// A view of named values (a table, not a switch: the names are the test's).
    struct Fields: MustacheParent {
        var values: [String: Any]
        func child(named name: String) -> Any? { values[name] }
    }

    static let template = """
        <h1>{{title}}</h1>{{#hasItems}}<ul>{{#items}}<li{{#flagged}} class="f"{{/flagged}}><a href="{{root}}{{href}}">{{name}}</a> \
        {{count}}{{^last()}},{{/last()}}{{#first()}} (first){{/first()}} {{index()}}</li>{{/items}}</ul>{{/hasItems}}\
        {{^items}}<p>none</p>{{/items}}{{missing}}
        """

    @Test("The same text by value and by reference", arguments: [0, 1, 4])
    func sameText(_ count: Int) throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Self.template), named: "page")
        let items = (0..<count).map { n in
            Fields(values: ["name": "N<\(n)>", "href": "e/\(n).html", "count": n * 7, "flagged": n % 2 == 1])
        }
        func page(_ list: Any) -> Fields {
            Fields(values: ["title": "T & co", "root": "../", "items": list, "hasItems": !items.isEmpty])
        }
        let plain = page(items), referenced = page(items.references)
        let expected = try #require(library.render(plain, withTemplate: "page"))
        #expect(library.render(ViewReference(referenced), withTemplate: "page") == expected)
        #expect(library.render(ViewReference(plain), withTemplate: "page") == expected)
        #expect(expected.contains(count == 0 ? "<p>none</p>" : "href=\"../e/0.html\">N&lt;0&gt;</a>"))
    }
}
