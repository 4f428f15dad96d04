package no.feltlogg.team;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check. Refuses a client address that has used up its failures before any
 * password is hashed; otherwise the password is always hashed and compared before the
 * account's state is looked at (a dummy hash for an unknown username, as
 * {@link DaoAuthenticationProvider} does), so that the answer and its time do not tell a
 * locked or disabled account, a wrong password, or an unknown username apart.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		var provider = new ThrottledProvider(users, throttle);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	static final class ThrottledProvider extends DaoAuthenticationProvider {

		private final SignInThrottle throttle;

		ThrottledProvider(AccountDetailsService users, SignInThrottle throttle) {
			super(users);
			this.throttle = throttle;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			var address = LoginAttempts.clientAddress(authentication);
			if (address != null) {
				var blockedUntil = throttle.addressBlockedUntil(address);
				if (blockedUntil.isPresent()) {
					throw new SignInDelayedException(blockedUntil.get());
				}
			}
			return super.authenticate(authentication);
		}

	}

}
