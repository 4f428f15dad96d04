package no.feltlogg.referrals;

/**
 * The form a referral takes: a formal referral, passing on contact, going there together with the youth (fulgt
 * fysisk), or a cooperation meeting.
 */
public enum ReferralForm {

	FORMAL_REFERRAL, PASSING_ON_CONTACT, ACCOMPANIED, COOPERATION_MEETING

}
