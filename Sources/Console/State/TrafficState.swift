import Provisioning

/// The live Traffic view.
///
/// Records live in a ring buffer (newest kept). The selection is anchored on a record id, not a
/// row number, so while the view is paused new records arriving on top do not move it.
struct TrafficState: Sendable {
    /// How many records the console keeps by default.
    static let defaultCapacity = 5_000
    /// Records asked for per poll; a full batch polls again at once.
    static let pollLimit = 1_000

    var records: RingBuffer<TrafficRecord>
    /// The initial load arrived; polling starts after it.
    var loaded = false
    /// The highest record id seen: the next poll asks for newer ones.
    var lastID: Int64 = 0
    var isPolling = false
    /// Following: the newest record is selected and new ones scroll in.
    var following = true
    /// Records that arrived (and match the filter) since the view was paused.
    var newWhilePaused = 0
    var selectedID: Int64?
    var scrollOffset = 0
    var filter = TrafficFilter()
    /// The record whose detail is open (kept whole: the ring may drop it meanwhile).
    var detail: TrafficRecord?
    var detailScroll = ScrollPosition()
    /// Who the ids in paths are, for the Path column.
    var names = ResourceNames()

    init(capacity: Int = TrafficState.defaultCapacity) {
        records = RingBuffer(capacity: capacity)
    }

    /// The rows shown: newest first, filtered.
    var visible: [TrafficRecord] {
        var rows: [TrafficRecord] = []
        rows.reserveCapacity(records.count)
        for index in 0..<records.count {
            let record = records[newestFirst: index]
            if filter.matches(record, names: names) { rows.append(record) }
        }
        return rows
    }

    /// Whether the rows are simply every record, newest first, with the newest selected: the live view
    /// of a busy listener. Then rows are read from the ring one by one instead of copying all of them
    /// into ``visible`` on every frame.
    var isLiveUnfiltered: Bool { following && filter.isEmpty }

    /// The selected row in `rows` (the newest while following; the last row if the selected
    /// record has meanwhile dropped out of the buffer).
    func selectedIndex(in rows: [TrafficRecord]) -> Int? {
        guard !rows.isEmpty else { return nil }
        if following { return 0 }
        guard let selectedID else { return 0 }
        return rows.firstIndex { $0.id == selectedID } ?? rows.count - 1
    }
}
