package no.feltlogg.referrals;

/**
 * The kind of a referral (the form it takes): a formal referral, passing on contact,
 * going there together with the youth (fulgt fysisk), or a cooperation meeting.
 */
public enum ReferralKind {

	FORMAL_REFERRAL, PASSING_ON_CONTACT, ACCOMPANIED, COOPERATION_MEETING

}
