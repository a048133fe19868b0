import { describe, expect, it } from "vitest";
import { readAuthSettings } from "@/lib/auth/settings";

describe("authentication settings", () => {
  it("defaults to 12-hour sessions and no single sign-on", () => {
    expect(readAuthSettings({})).toEqual({ secret: undefined, sessionMaxAgeSeconds: 12 * 3600, oidc: null });
  });

  it("switches OIDC on when issuer, client id and secret are all set", () => {
    const settings = readAuthSettings({
      OIDC_ISSUER: "https://login.example.com/realms/acme",
      OIDC_CLIENT_ID: "interchange",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_DISPLAY_NAME: "Keycloak",
    });
    expect(settings.oidc).toEqual({
      issuer: "https://login.example.com/realms/acme",
      clientId: "interchange",
      clientSecret: "s3cret",
      displayName: "Keycloak",
      mappings: { role: null, team: null, linkVerifiedEmail: false },
    });
  });

  it("refuses a partial OIDC configuration with a message naming the variables", () => {
    expect(() => readAuthSettings({ OIDC_ISSUER: "https://login.example.com" })).toThrow(/OIDC_CLIENT_ID/);
  });

  it("refuses an invalid claim mapping when single sign-on is on", () => {
    const oidc = { OIDC_ISSUER: "https://login.example.com", OIDC_CLIENT_ID: "interchange", OIDC_CLIENT_SECRET: "s3cret" };
    expect(() => readAuthSettings({ ...oidc, OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "admins=root" })).toThrow(/OIDC_ROLE_MAP/);
  });

  it("refuses a short secret", () => {
    expect(() => readAuthSettings({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
  });
});
