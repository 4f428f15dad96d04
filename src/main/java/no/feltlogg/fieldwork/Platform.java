package no.feltlogg.fieldwork;

/** Where an online encounter took place. */
enum Platform {

	SNAPCHAT, INSTAGRAM, TIKTOK, DISCORD, OTHER

}
