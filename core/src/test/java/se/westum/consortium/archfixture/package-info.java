/**
 * Deliberately bad classes, one per architecture rule, to show that each rule can fail. Never used
 * by production code; excluded from the production class import.
 */
package se.westum.consortium.archfixture;
