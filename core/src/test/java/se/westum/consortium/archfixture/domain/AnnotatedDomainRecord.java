package se.westum.consortium.archfixture.domain;

import jakarta.validation.constraints.NotNull;

/** Bad: a framework annotation in the domain. */
public record AnnotatedDomainRecord(@NotNull String value) {}
