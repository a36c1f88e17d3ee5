package io.wirestream.cli;
public class Wirestream { public static void main(String[] a) {} }
