import Foundation
import Provisioning
import SCIM
import Testing

@Suite("Errors, dates and dialect catalogue")
struct SupportTests {
    @Test func errorJSONHasStringStatus() {
        let json = SCIMError.notFound("User 42 not found").json
        #expect(
            json.serialized == #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"404","detail":"User 42 not found"}"#)
        let uniqueness = SCIMError.uniqueness("User already exists").json
        #expect(uniqueness["scimType"] == "uniqueness")
        #expect(uniqueness["status"] == "409")
    }

    @Test func constructors() {
        let expectations: [(SCIMError, Int, String?)] = [
            (.invalidFilter("x"), 400, "invalidFilter"), (.tooMany(), 400, "tooMany"), (.uniqueness("x"), 409, "uniqueness"),
            (.mutability("x"), 400, "mutability"), (.invalidSyntax(), 400, "invalidSyntax"), (.invalidPath("x"), 400, "invalidPath"),
            (.noTarget("x"), 400, "noTarget"), (.invalidValue("x"), 400, "invalidValue"), (.invalidVersion(), 400, "invalidVers"),
            (.sensitive("x"), 403, "sensitive"), (.notFound("x"), 404, nil), (.unauthorized(), 401, nil),
            (.methodNotAllowed(), 405, nil), (.unsupportedMediaType(), 415, nil), (.payloadTooLarge(), 413, nil),
            (.preconditionFailed(), 412, nil), (.internal(requestID: "r1"), 500, nil), (.tooManyRequests(), 429, nil),
        ]
        for (error, status, scimType) in expectations {
            #expect(error.status == status)
            #expect(error.scimType == scimType)
            #expect(!error.detail.isEmpty)
        }
        #expect(SCIMError.internal(requestID: "r1").detail.contains("r1"))
    }

    @Test func requestBody() throws {
        #expect(try JSONValue.object(RequestBody.object(from: Array(#"{"a":1}"#.utf8))) == ["a": 1])
        let broken = try #require(scimError { _ = try RequestBody.object(from: Array(#"{"a":"#.utf8)) })
        #expect(broken.scimType == "invalidSyntax")
        #expect(broken.detail.contains("byte"))
        #expect(try #require(scimError { _ = try RequestBody.object(from: Array("[1]".utf8)) }).scimType == "invalidSyntax")
    }

    @Test func dateFormatting() {
        #expect(SCIMDateTime.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(SCIMDateTime.string(from: Date(timeIntervalSince1970: 1_305_261_754.0456)) == "2011-05-13T04:42:34.045Z")
        #expect(SCIMDateTime.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(SCIMDateTime.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
        // Agrees with Foundation's formatter across a range of instants.
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for seconds in stride(from: -2_000_000_000.0, to: 4_000_000_000.0, by: 86_399_999.123) {
            let date = Date(timeIntervalSince1970: (seconds * 1000).rounded(.down) / 1000)
            #expect(SCIMDateTime.string(from: date) == reference.string(from: date))
        }
    }

    @Test func dateParsing() {
        #expect(SCIMDateTime.date(from: "2011-05-13T04:42:34Z") == Date(timeIntervalSince1970: 1_305_261_754))
        #expect(SCIMDateTime.date(from: "2011-05-13T06:42:34.250+02:00") == Date(timeIntervalSince1970: 1_305_261_754.25))
        #expect(SCIMDateTime.date(from: "2011-05-13t04:42:34z") == Date(timeIntervalSince1970: 1_305_261_754))
        for bad in [
            "2011-05-13", "2011-13-01T00:00:00Z", "2011-02-30T00:00:00Z", "2011-05-13T04:42:34", "yesterday", "2011-05-13T04:42:34.Z",
        ] {
            #expect(SCIMDateTime.date(from: bad) == nil, "\(bad)")
        }
        let now = Date(timeIntervalSince1970: 1_732_000_000.789)
        #expect(SCIMDateTime.date(from: SCIMDateTime.string(from: now)) == now)
    }

    @Test func everyDialectRuleDocumentsItsRequestShape() {
        #expect(DialectRule.allCases.count >= 15)
        for rule in DialectRule.allCases {
            #expect(!rule.example.isEmpty)
            #expect(!rule.origin.isEmpty)
        }
    }
}
