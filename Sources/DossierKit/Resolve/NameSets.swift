/// Union-find over names, with members listed per set (kept up to date on every union, so that asking
/// for a set's members never walks all names).
struct NameSets {
    private var parent: [String: String] = [:]
    private var membersByRoot: [String: [String]] = [:]
    private(set) var names: [String] = []

    mutating func add(_ name: String) {
        if parent[name] == nil {
            parent[name] = name
            membersByRoot[name] = [name]
            names.append(name)
        }
    }

    mutating func find(_ name: String) -> String {
        add(name)
        var root = name
        while let p = parent[root], p != root { root = p }
        var node = name
        while let p = parent[node], p != root { parent[node] = root; node = p }
        return root
    }

    mutating func union(_ a: String, _ b: String) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        // The smaller name (by sort order) is the root, so the result does not depend on the order of unions.
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        parent[child] = root
        membersByRoot[root, default: []] += membersByRoot[child] ?? []
        membersByRoot[child] = nil
    }

    func contains(_ name: String) -> Bool { parent[name] != nil }

    mutating func members(of name: String) -> [String] {
        membersByRoot[find(name)] ?? [name]
    }
}
