/// The result of a provisioning write, with the sentence the traffic log shows for it.
public struct WriteOutcome<Value: Sendable>: Sendable {
    public var value: Value
    /// "created user ada@example.com", "ignored: protected admin", "added 3 members to Sales".
    public var summary: String
    /// True when the change was not applied because it targeted a protected console admin.
    public var protected: Bool

    public init(value: Value, summary: String, protected: Bool = false) {
        self.value = value
        self.summary = summary
        self.protected = protected
    }
}
