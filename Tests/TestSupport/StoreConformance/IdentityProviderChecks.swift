import Foundation
import Provisioning
import Testing

extension StoreConformance {
    static let identityProviderChecks: [Check] = [
        Check("idp: name is unique ignoring case") { store in
            let okta = try await makeIdP(store, "Okta")
            await #expect(throws: StoreError.duplicate(constraint: "idp.name")) {
                try await store.insertIdentityProvider(StoreFixtures.idp("OKTA"), audit: StoreFixtures.audit(.idpAdded))
            }
            #expect(try await store.identityProvider(named: "oKtA") == okta)
            #expect(try await store.identityProvider(id: okta.id) == okta)
            #expect(try await store.identityProvider(id: UUID()) == nil)
            #expect(try await store.identityProvider(named: "Entra") == nil)
        },
        Check("idp: listed by name, all fields round-trip") { store in
            let entra = StoreFixtures.idp("entra-prod", kind: .entra)
            try await store.insertIdentityProvider(entra, audit: StoreFixtures.audit(.idpAdded, idp: entra))
            let okta = try await makeIdP(store, "Okta")
            #expect(try await store.identityProviders() == [entra, okta])
        },
        Check("idp: rename keeps everything else and stays unique ignoring case") { store in
            let okta = try await makeIdP(store, "Okta")
            _ = try await makeIdP(store, "Entra")
            try await store.renameIdentityProvider(id: okta.id, to: "Okta Prod", audit: StoreFixtures.audit(.idpRenamed, idp: okta))
            #expect(try await store.identityProvider(id: okta.id)?.name == "Okta Prod")
            #expect(try await store.identityProvider(named: "okta prod")?.id == okta.id)
            await #expect(throws: StoreError.duplicate(constraint: "idp.name")) {
                try await store.renameIdentityProvider(id: okta.id, to: "ENTRA", audit: StoreFixtures.audit(.idpRenamed, idp: okta))
            }
        },
        Check("idp: the rate limit is stored, read with the IdP and with its token") { store in
            let okta = try await makeIdP(store, "Okta")
            #expect(okta.rateLimit == .standard)
            let token = StoreFixtures.token(idp: okta)
            try await store.issueToken(token, retiringOthersAt: StoreFixtures.epoch, audit: StoreFixtures.audit(.tokenGenerated, idp: okta))
            for limit in [RateLimit(requestsPerSecond: 7), .off, .standard] {
                try await store.setRateLimit(limit, idpID: okta.id, audit: StoreFixtures.audit(.idpRateLimitChanged, idp: okta))
                #expect(try await store.identityProvider(id: okta.id)?.rateLimit == limit)
                #expect(try await store.token(hash: token.hash)?.1.rateLimit == limit)
            }
            await #expect(throws: StoreError.notFound) {
                try await store.setRateLimit(.off, idpID: UUID(), audit: StoreFixtures.audit(.idpRateLimitChanged, idp: okta))
            }
        },
        Check("idp: remove deletes its tokens, users, groups and memberships, and nothing of another IdP") { store in
            let okta = try await makeIdP(store, "Okta")
            let entra = try await makeIdP(store, "Entra")
            try await store.issueToken(
                StoreFixtures.token(idp: okta), retiringOthersAt: StoreFixtures.epoch,
                audit: StoreFixtures.audit(.tokenGenerated, idp: okta))
            let users = try await insert(store, [StoreFixtures.user("ada", idp: okta), StoreFixtures.user("alan", idp: okta)])
            let kept = try await insert(store, [StoreFixtures.user("grace", idp: entra)])
            _ = try await insertGroup(store, StoreFixtures.group("Sales", idp: okta), members: users.map(\.id))
            _ = try await insertGroup(store, StoreFixtures.group("Ops", idp: entra), members: kept.map(\.id))
            let removal = try await store.removeIdentityProvider(id: okta.id, audit: StoreFixtures.audit(.idpRemoved, idp: okta))
            #expect(removal == IdentityProviderRemoval(users: 2, groups: 1, tokens: 1))
            #expect(try await store.identityProvider(id: okta.id) == nil)
            #expect(try await store.tokens(idpID: okta.id).isEmpty)
            #expect(try await store.users(idpID: nil, query: ListQuery()).items.map(\.id) == kept.map(\.id))
            #expect(try await store.groups(idpID: nil, query: ListQuery()).items.map(\.profile.displayName) == ["Ops"])
        },
    ]

    static let tokenChecks: [Check] = [
        Check("token: lookup by hash returns the token and its IdP") { store in
            let idp = try await makeIdP(store)
            let token = StoreFixtures.token(idp: idp, hash: String(repeating: "ab", count: 32))
            try await store.issueToken(token, retiringOthersAt: StoreFixtures.epoch, audit: StoreFixtures.audit(.tokenGenerated, idp: idp))
            let found = try #require(try await store.token(hash: token.hash))
            #expect(found.0 == token)
            #expect(found.1 == idp)
            #expect(try await store.token(hash: String(repeating: "cd", count: 32)) == nil)
        },
        Check("token: issuing retires the others at the given date; earlier revocations keep their date") { store in
            let idp = try await makeIdP(store)
            let other = try await makeIdP(store, "Other")
            let old = StoreFixtures.token(idp: idp, created: StoreFixtures.time(0))
            let revokedEarlier = StoreFixtures.token(idp: idp, created: StoreFixtures.time(1))
            let foreign = StoreFixtures.token(idp: other, created: StoreFixtures.time(2))
            for token in [old, revokedEarlier, foreign] {
                try await store.issueToken(token, retiringOthersAt: token.created, audit: StoreFixtures.audit(.tokenGenerated))
            }
            // Issuing revokedEarlier retired `old` at time(1).
            #expect(try await store.token(hash: old.hash)?.0.revoked == StoreFixtures.time(1))
            let rotated = StoreFixtures.token(idp: idp, created: StoreFixtures.time(10))
            try await store.issueToken(rotated, retiringOthersAt: StoreFixtures.time(3_600), audit: StoreFixtures.audit(.tokenGenerated))
            #expect(try await store.token(hash: old.hash)?.0.revoked == StoreFixtures.time(1))
            #expect(try await store.token(hash: revokedEarlier.hash)?.0.revoked == StoreFixtures.time(3_600))
            #expect(try await store.token(hash: rotated.hash)?.0.revoked == nil)
            #expect(try await store.token(hash: foreign.hash)?.0.revoked == nil)
            #expect(try await store.tokens(idpID: idp.id).map(\.id) == [rotated.id, revokedEarlier.id, old.id])
        },
        Check("token: revoke stops every token still working, counts them, records use") { store in
            let idp = try await makeIdP(store)
            let first = StoreFixtures.token(idp: idp, created: StoreFixtures.time(0))
            let second = StoreFixtures.token(idp: idp, created: StoreFixtures.time(5))
            try await store.issueToken(first, retiringOthersAt: StoreFixtures.time(0), audit: StoreFixtures.audit(.tokenGenerated))
            try await store.issueToken(second, retiringOthersAt: StoreFixtures.time(100), audit: StoreFixtures.audit(.tokenGenerated))
            // At time(50) both still work (first retires at time(100)).
            let count = try await store.revokeTokens(idpID: idp.id, at: StoreFixtures.time(50), audit: StoreFixtures.audit(.tokenRevoked))
            #expect(count == 2)
            #expect(try await store.tokens(idpID: idp.id).map(\.revoked) == [StoreFixtures.time(50), StoreFixtures.time(50)])
            #expect(try await store.revokeTokens(idpID: idp.id, at: StoreFixtures.time(60), audit: StoreFixtures.audit(.tokenRevoked)) == 0)
            try await store.recordTokenUse(id: second.id, at: StoreFixtures.time(70))
            try await store.recordTokenUse(id: second.id, at: StoreFixtures.time(65))
            #expect(try await store.token(hash: second.hash)?.0.lastUsed == StoreFixtures.time(70))
        },
        Check("token: the store keeps exactly the hash it is given") { store in
            let idp = try await makeIdP(store)
            let token = StoreFixtures.token(idp: idp, hash: "0123456789abcdef")
            try await store.issueToken(token, retiringOthersAt: StoreFixtures.epoch, audit: StoreFixtures.audit(.tokenGenerated))
            #expect(try await store.tokens(idpID: idp.id).map(\.hash) == ["0123456789abcdef"])
            #expect(try await store.token(hash: "0123456789ABCDEF") == nil)
        },
    ]
}
