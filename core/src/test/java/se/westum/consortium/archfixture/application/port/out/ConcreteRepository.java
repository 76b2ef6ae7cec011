package se.westum.consortium.archfixture.application.port.out;

/** Bad: a class where a port interface belongs. */
public class ConcreteRepository {}
