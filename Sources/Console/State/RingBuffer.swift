/// A fixed-capacity buffer that keeps the newest elements: appending past the capacity drops
/// the oldest. The live traffic view keeps its records here so the console's memory stays flat
/// however long it runs.
public struct RingBuffer<Element: Sendable>: Sendable {
    public let capacity: Int
    private var storage: [Element] = []
    /// Where the oldest element sits once the storage is full.
    private var start = 0

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
        storage.reserveCapacity(min(self.capacity, 1024))
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    /// Appends in order, oldest first.
    public mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    public mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[start] = element
            start = (start + 1) % capacity
        }
    }

    /// Element `index` counted from the newest (0) backwards.
    public subscript(newestFirst index: Int) -> Element {
        precondition(index >= 0 && index < storage.count, "ring index out of range")
        return storage[(start + storage.count - 1 - index) % storage.count]
    }

    /// All elements, newest first.
    public var newestFirst: [Element] {
        (0..<count).map { self[newestFirst: $0] }
    }

    public mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        start = 0
    }
}
