package no.feltlogg.youth;

/**
 * A registered youth's priority level. Red: may have committed offences, violence,
 * substance abuse, mental ill-health, institution; close cooperation with police and
 * child welfare. Yellow: no known offences, drawn to the network of red youths,
 * vulnerable. Green: was red or yellow, now a more pro-social network and changed
 * behaviour.
 */
public enum PriorityLevel {

	RED, YELLOW, GREEN

}
