extension SCIMError {
    // MARK: 400 with a scimType keyword (RFC 7644 §3.12, Table 9)

    /// 400 `invalidFilter`: the filter syntax was invalid or named an unknown attribute.
    public static func invalidFilter(_ detail: String) -> SCIMError {
        SCIMError(status: 400, scimType: "invalidFilter", detail: detail)
    }

    /// 400 `tooMany`: the query would return more results than the server is willing to compute.
    public static func tooMany(_ detail: String = "The query matches too many resources; narrow the filter.") -> SCIMError {
        SCIMError(status: 400, scimType: "tooMany", detail: detail)
    }

    /// 409 `uniqueness`: a unique attribute value (userName, group displayName) is already taken.
    public static func uniqueness(_ detail: String) -> SCIMError {
        SCIMError(status: 409, scimType: "uniqueness", detail: detail)
    }

    /// 400 `mutability`: the request tried to change a read-only or immutable attribute.
    public static func mutability(_ detail: String) -> SCIMError {
        SCIMError(status: 400, scimType: "mutability", detail: detail)
    }

    /// 400 `invalidSyntax`: the body was not valid JSON or not the expected message structure.
    public static func invalidSyntax(_ detail: String = "The request body is not a valid SCIM message.") -> SCIMError {
        SCIMError(status: 400, scimType: "invalidSyntax", detail: detail)
    }

    /// 400 `invalidPath`: a PATCH `path` was malformed or named an unknown attribute.
    public static func invalidPath(_ detail: String) -> SCIMError {
        SCIMError(status: 400, scimType: "invalidPath", detail: detail)
    }

    /// 400 `noTarget`: a PATCH path with a value filter matched nothing (RFC 7644 §3.5.2.3).
    public static func noTarget(_ detail: String) -> SCIMError {
        SCIMError(status: 400, scimType: "noTarget", detail: detail)
    }

    /// 400 `invalidValue`: a required value was missing or a value had the wrong type.
    public static func invalidValue(_ detail: String) -> SCIMError {
        SCIMError(status: 400, scimType: "invalidValue", detail: detail)
    }

    /// 400 `invalidVers`: the requested SCIM protocol version is not supported.
    public static func invalidVersion(_ detail: String = "This SCIM protocol version is not supported.") -> SCIMError {
        SCIMError(status: 400, scimType: "invalidVers", detail: detail)
    }

    /// 403 `sensitive`: the request carried sensitive data in the URI (RFC 7644 §7.5.2).
    public static func sensitive(_ detail: String) -> SCIMError {
        SCIMError(status: 403, scimType: "sensitive", detail: detail)
    }

    // MARK: Plain HTTP statuses (RFC 7644 §3.12, Table 8)

    /// 404: the resource does not exist for this identity provider (never created by PUT).
    public static func notFound(_ detail: String) -> SCIMError {
        SCIMError(status: 404, detail: detail)
    }

    /// 401: missing, unknown, revoked or expired token (docs/idp-wire.md §5, E10).
    public static func unauthorized(_ detail: String = "Unauthorized") -> SCIMError {
        SCIMError(status: 401, detail: detail)
    }

    /// 403: authenticated, but not allowed to do this.
    public static func forbidden(_ detail: String) -> SCIMError {
        SCIMError(status: 403, detail: detail)
    }

    /// 405: e.g. DELETE on `/ServiceProviderConfig`.
    public static func methodNotAllowed(_ detail: String = "This method is not supported on this endpoint.") -> SCIMError {
        SCIMError(status: 405, detail: detail)
    }

    /// 409 without a scimType, for conflicts that are not a uniqueness clash (e.g. a concurrent write).
    public static func conflict(_ detail: String) -> SCIMError {
        SCIMError(status: 409, detail: detail)
    }

    /// 412: `If-Match` named a version that is no longer current (RFC 7644 §3.14).
    public static func preconditionFailed(_ detail: String = "The resource changed since the version in If-Match.") -> SCIMError {
        SCIMError(status: 412, detail: detail)
    }

    /// 413: the body exceeds `bulk.maxPayloadSize` as advertised in `/ServiceProviderConfig`.
    public static func payloadTooLarge(_ detail: String = "The request body is larger than this server accepts.") -> SCIMError {
        SCIMError(status: 413, detail: detail)
    }

    /// 415: a body that is neither `application/scim+json` nor `application/json` (docs/idp-wire.md Q1).
    public static func unsupportedMediaType(
        _ detail: String = "Send the body as application/scim+json or application/json."
    ) -> SCIMError {
        SCIMError(status: 415, detail: detail)
    }

    /// 429; the HTTP layer adds `Retry-After` with integer seconds (docs/idp-wire.md Q16).
    public static func tooManyRequests(_ detail: String = "Too many requests; retry later.") -> SCIMError {
        SCIMError(status: 429, detail: detail)
    }

    /// 500 that names only a request id, so no internals reach the client.
    public static func `internal`(requestID: String) -> SCIMError {
        SCIMError(status: 500, detail: "Internal server error (request id \(requestID)).")
    }

    /// 503: the database cannot be reached or did not confirm a write; the HTTP layer adds `Retry-After`.
    /// IdPs retry 5xx responses, so a write whose outcome is unknown is resolved by the IdP's next read.
    public static func serviceUnavailable(requestID: String) -> SCIMError {
        SCIMError(status: 503, detail: "The directory's database is unavailable (request id \(requestID)); retry shortly.")
    }

    /// 501 for endpoints SCIM defines but this server does not offer (`/Bulk`, `/Me`).
    public static func notImplemented(_ detail: String) -> SCIMError {
        SCIMError(status: 501, detail: detail)
    }
}
