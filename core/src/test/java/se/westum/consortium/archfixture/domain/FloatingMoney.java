package se.westum.consortium.archfixture.domain;

/** Bad: money as a double. */
public record FloatingMoney(double amount, String currency) {}
