package dev.quire.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("quire");
    }
}
