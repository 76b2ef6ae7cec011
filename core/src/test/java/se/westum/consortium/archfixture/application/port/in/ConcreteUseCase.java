package se.westum.consortium.archfixture.application.port.in;

/** Bad: a class where a use-case interface belongs. */
public class ConcreteUseCase {}
