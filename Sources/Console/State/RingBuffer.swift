/// A fixed-capacity buffer that keeps the newest elements: appending past the capacity drops
/// the oldest. The live traffic view keeps its records here so the console's memory stays flat
/// however long it runs.
struct RingBuffer<Element: Sendable>: Sendable {
    let capacity: Int
    private var storage: [Element] = []
    /// Where the oldest element sits once the storage is full.
    private var start = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        storage.reserveCapacity(min(self.capacity, 1024))
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }

    /// Appends in order, oldest first.
    mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[start] = element
            start = (start + 1) % capacity
        }
    }

    /// Element `index` counted from the newest (0) backwards.
    subscript(newestFirst index: Int) -> Element {
        precondition(index >= 0 && index < storage.count, "ring index out of range")
        return storage[(start + storage.count - 1 - index) % storage.count]
    }

    /// All elements, newest first.
    var newestFirst: [Element] {
        (0..<count).map { self[newestFirst: $0] }
    }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        start = 0
    }
}
