package no.feltlogg.team;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

import no.feltlogg.shared.CurrentUser;

/**
 * Passkeys (ADR 0032): Spring Security's JDBC repositories on the tables of V57, and the
 * relying party. Its id ({@code FELTLOGG_WEBAUTHN_RP_ID}, default {@code localhost}) is
 * the host name the browser sees, and its origins
 * ({@code FELTLOGG_WEBAUTHN_ALLOWED_ORIGINS}, comma-separated) are the addresses the
 * pages are served from, by default {@code http://localhost:} with the port the server
 * listens on. They are read at the first passkey request, once the server's port is known
 * (a test's random port too).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, Environment environment, SecurityLog securityLog) {
		return new RelyingParty(securityLog, SingletonSupplier.of(() -> {
			var rpId = environment.getProperty("feltlogg.webauthn.rp-id", "localhost");
			var origins = environment.resolvePlaceholders(
					"${feltlogg.webauthn.allowed-origins:http://localhost:${local.server.port:${server.port:8080}}}");
			var allowed = new LinkedHashSet<String>();
			Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty()).forEach(allowed::add);
			return new Webauthn4JRelyingPartyOperations(users, credentials,
					PublicKeyCredentialRpEntity.builder().id(rpId).name("Feltlogg").build(), allowed);
		}));
	}

	/**
	 * The relying party, made at its first use; a registered passkey is security-logged.
	 */
	record RelyingParty(SecurityLog securityLog,
			Supplier<Webauthn4JRelyingPartyOperations> operations) implements WebAuthnRelyingPartyOperations {

		@Override
		public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
				PublicKeyCredentialCreationOptionsRequest request) {
			return operations.get().createPublicKeyCredentialCreationOptions(request);
		}

		@Override
		public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
			var registered = operations.get().registerCredential(request);
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				securityLog.insert(SecurityLog.Row.by(SecurityEvent.PASSKEY_REGISTERED, user)
					.target(user.accountId(), user.getUsername())
					.detail("passkey '" + registered.getLabel() + "'"));
			}
			return registered;
		}

		@Override
		public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
				PublicKeyCredentialRequestOptionsRequest request) {
			return operations.get().createCredentialRequestOptions(request);
		}

		@Override
		public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
			return operations.get().authenticate(request);
		}

	}

}
