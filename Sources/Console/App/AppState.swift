import Foundation
import Provisioning
import TermUI

/// Everything the console shows, as a value.
///
/// Only ``update(_:_:)`` changes it and only ``render(_:into:theme:)`` draws it; neither reads the
/// clock, the terminal or the store, so any screen can be rebuilt from messages in a test.
public struct AppState: Sendable {
    /// The time as of the last ``Msg/tick(_:)``; every "expires in", "5 min ago" uses it.
    public var now: Date
    /// The screen size in cells, as of the last ``Msg/resize(width:height:)``.
    public var width: Int
    public var height: Int
    /// Shown in the top bar; change it with ``Msg/listenerChanged(_:)``.
    public var listener: ListenerStatus
    /// The URL an IdP is configured with (`https://host:port/scim/v2`); `nil` when unknown.
    public var scimBaseURL: String?
    /// Rate, errors and drift for the top bar, as of the last ``Msg/figuresSampled(_:)``: the
    /// listener's own request counters (see `TrafficFigures`), not a count of the traffic shown.
    public internal(set) var figures = TrafficFigures.Snapshot()

    /// The tab on screen.
    public internal(set) var view: ViewID = .settings
    var settings = SettingsState()
    var idps = IdPListState()
    var users = UsersState()
    var groups = GroupsState()
    var traffic: TrafficState
    var audit = AuditState()
    /// The audit chain as last checked (see `AuditChainWatch`); nil until the Audit view first loads.
    var auditChain: AuditChainReport?
    var admins = AdminsState()

    /// The open dialog; it takes every key until it closes.
    var modal: Modal?
    /// The `/` filter or `:` command line while it is being typed.
    var input: InputLine?
    /// The status line's message, if one is showing.
    public internal(set) var status: StatusMessage?
    /// Set by `q`, `:q` or Ctrl-C; the loop stops after the frame.
    public internal(set) var isQuitting = false
    var idpsLoading = false
    /// Moves on whenever the data behind Users, Groups or Audit changed (a write the listener
    /// accepted, a change made here); lists loaded at an older generation reload.
    var dataGeneration = 0
    /// What the pending copy is ("the token"), for the message that says where it went.
    var copying: String?
    var lastIdPRefresh: Date?

    /// - Parameters:
    ///   - listener: the embedded listener's state, or `.databaseOnly` for `--no-listener`.
    ///   - scimBaseURL: what operators paste into the IdP, e.g. `https://scim.example.com/scim/v2`.
    ///   - trafficCapacity: how many traffic records the live view keeps.
    public init(
        now: Date, width: Int = 80, height: Int = 24, listener: ListenerStatus, scimBaseURL: String?,
        trafficCapacity: Int = 5_000
    ) {
        self.now = now
        self.width = width
        self.height = height
        self.listener = listener
        self.scimBaseURL = scimBaseURL
        traffic = TrafficState(capacity: trafficCapacity)
    }

    var layout: ScreenLayout { ScreenLayout(width: width, height: height) }

    /// Data rows the current view's table shows (the content area less its header row, and
    /// less what the view shows above its table).
    var tableRows: Int { max(1, layout.content.height - 1 - view.screen.rowsAboveTable) }

    mutating func post(_ text: String, _ kind: StatusLine.Kind = .info) {
        status = StatusMessage(text, kind: kind, posted: now)
    }
}
