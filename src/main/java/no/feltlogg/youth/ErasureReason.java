package no.feltlogg.youth;

/**
 * Why a registration made by mistake was erased: the category is all the erasure record
 * keeps.
 */
enum ErasureReason {

	/** The record was made for the wrong person. */
	WRONG_PERSON,

	/** The youth never consented to being registered. */
	NO_CONSENT,

	/** The youth was registered twice. */
	DUPLICATE,

	/** Another mistake; no text is kept. */
	OTHER

}
