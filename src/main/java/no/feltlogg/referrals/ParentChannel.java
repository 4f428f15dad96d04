package no.feltlogg.referrals;

/**
 * How guidance to parents was given: in person, by phone, or digitally (message, chat,
 * e-mail).
 */
public enum ParentChannel {

	IN_PERSON, PHONE, DIGITAL

}
