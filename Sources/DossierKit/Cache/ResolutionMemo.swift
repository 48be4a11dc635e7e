import Foundation

/// The resolver's last answer, kept in the build cache with the key of everything it read, so that a
/// rebuild whose edits found no new name, moved none and changed no word's case verdict (a typo fixed, a
/// sentence without names added, a page template edited) skips resolution: on a thousand articles it is the
/// longest single-threaded step of a rebuild. The answer is the same value a fresh resolution gives, never
/// a guess: `key` covers every input the passes read, and a memo that does not read back is resolved anew.
final class ResolutionMemo: @unchecked Sendable {
    static let format = "dossier-resolution-memo 2"

    let file: URL
    /// The digest of dossier.yml and its note files (`LoadedSeeds.configDigest`): the analyst's entities,
    /// merges, aliases and ignore list are what the passes read of the config.
    let config: Hash128
    private let lock = NSLock()
    private var reason: String?

    init(file: URL, config: Hash128) {
        self.file = file
        self.config = config
    }

    /// Why a memo that was there could not be read (for a notice), once `kept` has looked.
    var ignoredBecause: String? { lock.lock(); defer { lock.unlock() }; return reason }

    static func file(in cacheFolder: URL) -> URL { cacheFolder.appendingPathComponent("resolution.memo") }

    /// What the resolver reads after its first two filters (`EntityResolver.screened`): the config, the
    /// phrases the analyst's ignore list took out with their counts, each candidate left in order with every
    /// field the passes look at, and for each one-word candidate the one question they ask of how the
    /// dossier writes words (`WordCase.isMostlyLowerCase`). A candidate's offsets inside its block are left
    /// out: no pass reads them, so moving a name within its paragraph keeps the memo (`ResolutionMemoTests`
    /// checks that the resolver's answer does not depend on them). A pass that comes to read another field
    /// must add it here.
    func key(_ candidates: [Candidate], ignored: [Review.Ignored] = [], wordCase: WordCase) -> String {
        var hash = Hash128()
        hash.add(Self.format)
        hash.add(CacheFile.binaryStamp)
        hash.add(word: config.a)
        hash.add(word: config.b)
        hash.add(word: UInt64(ignored.count))
        for i in ignored {
            hash.add(i.phrase)
            hash.add(word: UInt64(i.count))
        }
        hash.add(word: UInt64(candidates.count))
        // The candidates are hashed a fixed run at a time on all cores, and the runs' digests in order: the
        // same key on any machine, and no longer one core's work while the other waits (37 ms at 5,448
        // articles, on the path of every rebuild).
        let pieces = runs(of: candidates.indices, length: Self.run)
        for digest in concurrentMap(pieces, { range in Self.digest(candidates[range], wordCase: wordCase) }) { hash.add(digest) }
        return hash.hex
    }

    /// Candidates hashed in one run of `key`.
    static let run = 4096

    private static func digest(_ candidates: ArraySlice<Candidate>, wordCase: WordCase) -> String {
        var hash = Hash128()
        for c in candidates {
            hash.add(c.name)
            hash.add(word: UInt64(c.tokens.count))
            for t in c.tokens { hash.add(t) }
            hash.add(word: UInt64(c.location.article))
            hash.add(c.location.block)
            hash.add(word: UInt64(c.evidence.count))
            for e in c.evidence {
                hash.add(e.kind.rawValue)
                hash.add(e.reason)
                hash.add(word: UInt64(bitPattern: Int64(e.weight)))
            }
            optional(c.role, into: &hash)
            optional(c.bracketedAcronym, into: &hash)
            var flags: UInt8 = (c.needsConfirmation ? 1 : 0) | (c.implied ? 2 : 0)
            if c.tokens.count == 1, wordCase.isMostlyLowerCase(c.name) { flags |= 4 }
            hash.add(byte: flags)
        }
        return hash.hex
    }

    private static func optional(_ value: String?, into hash: inout Hash128) {
        if let value { hash.add(byte: 1); hash.add(value) } else { hash.add(byte: 0) }
    }

    /// What the file holds: its key and answer, or why it cannot be used (no key: there is no file, or the
    /// reason says why it cannot be read).
    private struct Stored {
        var key: String?
        var output: EntityResolver.Output?
        var reason: String?
    }

    private var reading: Background<Stored>?

    /// Starts reading the file on a thread of its own (a build does this before it parses the seeds, so that
    /// the answer is decoded by the time the key is known); `kept` then waits for it.
    func prefetch() {
        let file = self.file
        lock.lock(); reading = Background { Self.stored(in: file) }; lock.unlock()
    }

    private static func stored(in file: URL) -> Stored {
        let (payload, reason) = CacheFile.read(file, format: format)
        guard let payload else { return Stored(reason: reason) }
        var reader = ByteReader(payload)
        let damaged = "it is damaged (it does not decode)"
        guard let keptKey = try? reader.string() else { return Stored(reason: damaged) }
        guard let output = try? read(&reader), reader.atEnd else { return Stored(key: keptKey, reason: damaged) }
        return Stored(key: keptKey, output: output)
    }

    /// The answer kept for `key`, or nil: none kept, another key's, or a memo that cannot be read (then
    /// `ignoredBecause` says why, for a notice). Asked once.
    func kept(key: String) -> EntityResolver.Output? {
        lock.lock(); let pending = reading; reading = nil; lock.unlock()
        let stored = pending?.value() ?? Self.stored(in: file)
        guard let keptKey = stored.key else { return ignored(stored.reason) }
        guard keptKey == key else { return nil }
        guard let output = stored.output else { return ignored(stored.reason) }
        return output
    }

    private func ignored(_ why: String?) -> EntityResolver.Output? {
        lock.lock(); reason = why; lock.unlock()
        return nil
    }

    func save(_ output: EntityResolver.Output, key: String) {
        var writer = ByteWriter()
        writer.string(key)
        Self.write(output, to: &writer)
        CacheFile.write(Data(writer.bytes), to: file, format: Self.format)
    }

    // `read` mirrors `write` field for field; `ResolutionMemoTests` round-trips a real resolution.
    static func write(_ output: EntityResolver.Output, to w: inout ByteWriter) {
        w.int(output.entities.count)
        for e in output.entities {
            w.string(e.name)
            w.string(e.kind.rawValue)
            w.string(e.why)
            w.strings(e.names)
            w.strings(e.roles)
            w.optional(e.note)
            w.bool(e.annotated)
        }
        let review = output.review
        w.int(review.ambiguous.count)
        for a in review.ambiguous {
            w.string(a.form)
            w.strings(a.candidates)
            w.int(a.locations.count)
            for l in a.locations {
                w.int(l.article)
                w.string(l.block)
            }
        }
        w.int(review.possibleDuplicates.count)
        for d in review.possibleDuplicates {
            w.string(d.first)
            w.string(d.second)
            w.string(d.reason)
        }
        w.int(review.ignored.count)
        for i in review.ignored {
            w.string(i.phrase)
            w.int(i.count)
        }
        w.strings(review.unmentioned)
    }

    static func read(_ r: inout ByteReader) throws -> EntityResolver.Output {
        var entities: [ResolvedName] = []
        for _ in 0..<(try r.count()) {
            entities.append(ResolvedName(
                name: try r.string(), kind: try r.raw(EntityKind.self), why: try r.string(), names: try r.strings(),
                roles: try r.strings(), note: try r.optional(), annotated: try r.bool()))
        }
        var review = Review()
        for _ in 0..<(try r.count()) {
            let form = try r.string(), candidates = try r.strings()
            var locations: [TextLocation] = []
            for _ in 0..<(try r.count()) {
                let article = try r.int()
                guard article >= 0 else { throw ByteReader.Malformed() }
                locations.append(TextLocation(article: article, block: try r.string()))
            }
            review.ambiguous.append(Review.Ambiguity(form: form, candidates: candidates, locations: locations))
        }
        for _ in 0..<(try r.count()) {
            review.possibleDuplicates.append(Review.PossibleDuplicate(first: try r.string(), second: try r.string(), reason: try r.string()))
        }
        for _ in 0..<(try r.count()) { review.ignored.append(Review.Ignored(phrase: try r.string(), count: try r.int())) }
        review.unmentioned = try r.strings()
        return EntityResolver.Output(entities: entities, review: review)
    }
}
