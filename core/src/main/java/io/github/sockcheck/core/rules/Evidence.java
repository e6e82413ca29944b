package io.github.sockcheck.core.rules;

/** A public source a rule rests on: an issue, pull request, documentation page or source file. */
public record Evidence(String url, String summary) {}
