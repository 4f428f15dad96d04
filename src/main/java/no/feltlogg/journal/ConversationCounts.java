package no.feltlogg.journal;

/**
 * Follow-up conversations in a period, for the statistics: all signed conversations
 * (anonymous ones included, and anonymous ones also apart) and the unique registered
 * youths they were with. Corrections are not counted again.
 */
public record ConversationCounts(long conversations, long anonymousConversations, long uniqueYouths) {
}
