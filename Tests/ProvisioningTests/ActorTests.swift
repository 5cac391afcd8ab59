import Testing

@testable import Provisioning

/// The audit log names the person at the keyboard, and over SSH where they came from.
@Suite struct ActorTests {
    @Test func theOperatorIsTheOSUserAndTheSSHClient() {
        #expect(ChangeActor.suffix(environment: ["USER": "alice"]) == ":alice")
        #expect(
            ChangeActor.suffix(environment: ["USER": "alice", "SSH_CONNECTION": "203.0.113.7 52114 10.0.0.2 22"])
                == ":alice@203.0.113.7")
        #expect(ChangeActor.suffix(environment: ["LOGNAME": "bob"]) == ":bob")
        #expect(ChangeActor.suffix(environment: [:]) == "")
        // Nobody in the environment (a root shell in a container): the password database names the user.
        #expect(ChangeActor.suffix(environment: [:], account: "root") == ":root")
        #expect(ChangeActor.suffix(environment: ["USER": "alice"], account: "root") == ":alice")
        #expect(ChangeActor.accountName() != nil)
    }
}
