import Foundation
import Provisioning
import TermUI

/// Applies `msg` to `state` and returns the effects to run. Pure: no terminal, clock or store.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .start:
        return state.start()
    case .key(let key):
        return state.handle(key: key)
    case .tick(let date):
        return state.tick(date)
    case .resize(let width, let height):
        state.resize(width: width, height: height)
        return []
    case .pollDue:
        return state.pollDue()
    case .listenerChanged(let status):
        state.listener = status
        // Never show a URL this process does not serve: on a taken port it is another program's.
        if !status.isHealthy { state.scimBaseURL = nil }
        return []
    case .scimBaseURLChanged(let url):
        state.scimBaseURL = url
        return []
    case .figuresSampled(let figures):
        state.figures = figures
        return []
    case .failed(let message):
        state.failed(message)
        return []
    case .notice(let message):
        state.post(message, .success)
        return []
    case .copied(let delivery):
        state.copied(delivery)
        return []
    default:
        return state.handleResult(msg)
    }
}

extension AppState {
    /// The data every screen needs from the start: the top bar shows token warnings and traffic.
    mutating func start() -> [Effect] {
        idpsLoading = true
        lastIdPRefresh = now
        traffic.isPolling = true
        return [.loadIdentityProviders, .loadRecentTraffic(limit: traffic.records.capacity), .loadAdmins]
    }

    /// IdP token states are re-read every so often: their last-used times move with traffic.
    static let idpRefreshInterval: TimeInterval = 10

    mutating func tick(_ date: Date) -> [Effect] {
        now = date
        if let status, now.timeIntervalSince(status.posted) > status.lifetime { self.status = nil }
        let lists = keepListCurrent()
        guard !idpsLoading, now.timeIntervalSince(lastIdPRefresh ?? .distantPast) >= Self.idpRefreshInterval else { return lists }
        idpsLoading = true
        lastIdPRefresh = now
        return [.loadIdentityProviders] + lists
    }

    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        clampSelections()
    }

    /// A failure from the runner: shown, and any "loading" flag cleared so the view can retry.
    mutating func failed(_ message: String) {
        post(message, .error)
        for view in ViewID.allCases { view.screen.loadFailed(&self) }
        if case .addIdentityProvider(var form) = modal, form.isSaving {
            form.isSaving = false
            modal = .addIdentityProvider(form)
        }
        if case .addAdmin(var form) = modal, form.isSaving {
            form.isSaving = false
            modal = .addAdmin(form)
        }
    }

    /// Re-fits every list's selection and scroll offset to the current rows and screen size.
    mutating func clampSelections() {
        for view in ViewID.allCases { view.screen.clamp(&self) }
    }
}
