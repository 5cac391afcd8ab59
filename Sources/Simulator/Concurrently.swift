/// Bounded concurrency: at most `limit` transforms in flight, results in input order.
enum Concurrently {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], limit: Int, _ transform: @escaping @Sendable (Item) async -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            // Fill the window, then start one more each time one finishes.
            while next < min(max(1, limit), items.count) {
                let index = next
                group.addTask { (index, await transform(items[index])) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < items.count {
                    let following = next
                    group.addTask { (following, await transform(items[following])) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
