/// The size of one slot when a rectangle is split into rows or columns.
public enum Length: Hashable, Sendable {
    /// Exactly this many cells (less if the rectangle runs out).
    case fixed(Int)
    /// A share of what the fixed slots leave, in proportion to the weight.
    case flexible(Int)

    /// A flexible slot of weight 1: "the rest".
    public static let fill = Length.flexible(1)
}

extension Rect {
    /// Shrinks every side by `amount`.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Shrinks each side by its own amount; the result never has a negative size.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// A `width`×`height` rectangle centred in this one (clamped to fit), e.g. for dialogs.
    public func centered(width w: Int, height h: Int) -> Rect {
        let w = min(max(0, w), width)
        let h = min(max(0, h), height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// Splits into `top` rows and the rest.
    public func divided(atTop rows: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// Splits into the rest and `bottom` rows.
    public func divided(atBottom rows: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - n), Rect(x: x, y: maxY - n, width: width, height: n))
    }

    /// Stacks rows top to bottom with the given sizes; one rect per size.
    public func splitRows(_ sizes: [Length], spacing: Int = 0) -> [Rect] {
        var top = y
        return Length.distribute(height, sizes: sizes, spacing: spacing).map { size in
            defer { top += size + spacing }
            return Rect(x: x, y: top, width: width, height: size)
        }
    }

    /// Lays columns out left to right with the given sizes; one rect per size.
    public func splitColumns(_ sizes: [Length], spacing: Int = 0) -> [Rect] {
        var left = x
        return Length.distribute(width, sizes: sizes, spacing: spacing).map { size in
            defer { left += size + spacing }
            return Rect(x: left, y: y, width: size, height: height)
        }
    }
}

extension Length {
    /// Resolves sizes against `total`: fixed slots first (in order, until space runs out),
    /// then flexible slots share the remainder by weight, leftover cells going to the
    /// earliest flexible slots so the sizes always add up.
    public static func distribute(_ total: Int, sizes: [Length], spacing: Int = 0) -> [Int] {
        var remaining = max(0, total - max(0, spacing) * max(0, sizes.count - 1))
        var result = [Int](repeating: 0, count: sizes.count)
        for (index, size) in sizes.enumerated() {
            guard case .fixed(let n) = size else { continue }
            result[index] = min(max(0, n), remaining)
            remaining -= result[index]
        }
        let weights = sizes.map { size -> Int in
            if case .flexible(let weight) = size { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return result }
        var handedOut = 0
        for (index, weight) in weights.enumerated() where weight > 0 {
            result[index] = remaining * weight / totalWeight
            handedOut += result[index]
        }
        var leftover = remaining - handedOut
        for index in weights.indices where weights[index] > 0 && leftover > 0 {
            result[index] += 1
            leftover -= 1
        }
        return result
    }
}
