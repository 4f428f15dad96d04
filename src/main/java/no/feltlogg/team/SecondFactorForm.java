package no.feltlogg.team;

/**
 * The one field of the second-factor pages: a code from the authenticator app, or a
 * recovery code.
 */
record SecondFactorForm(String code) {

	static SecondFactorForm empty() {
		return new SecondFactorForm("");
	}

}
