/// Union-find over names, with members listed per set (kept up to date on every union, so that asking
/// for a set's members never walks all names).
///
/// Each name is a number, given in the order names are added: the parents and members are arrays of those
/// numbers, so a find hashes its name once instead of once per step up the tree and once per link it
/// shortens (the resolver's serial passes, a core's tenth of a second at 1,362 articles, were much of it).
struct NameSets {
    private var id: [String: Int] = [:]
    private var parent: [Int] = []
    private var membersByRoot: [[Int]] = []
    private(set) var names: [String] = []

    mutating func add(_ name: String) {
        _ = number(name)
    }

    mutating func find(_ name: String) -> String {
        names[root(number(name))]
    }

    mutating func union(_ a: String, _ b: String) {
        let ra = root(number(a)), rb = root(number(b))
        guard ra != rb else { return }
        // The smaller name (by sort order) is the root, so the result does not depend on the order of unions.
        let (root, child) = names[ra] < names[rb] ? (ra, rb) : (rb, ra)
        parent[child] = root
        membersByRoot[root] += membersByRoot[child]
        membersByRoot[child] = []
    }

    func contains(_ name: String) -> Bool { id[name] != nil }

    mutating func members(of name: String) -> [String] {
        membersByRoot[root(number(name))].map { names[$0] }
    }

    /// The name's number, a set of its own when it is new.
    private mutating func number(_ name: String) -> Int {
        if let n = id[name] { return n }
        let n = names.count
        id[name] = n
        names.append(name)
        parent.append(n)
        membersByRoot.append([n])
        return n
    }

    /// The root of `n`'s set; the path to it is made to point straight at it.
    private mutating func root(_ n: Int) -> Int {
        var root = n
        while parent[root] != root { root = parent[root] }
        var node = n
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }
}
