package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Guest {
    @Id
    Long id;

    @Column(nullable = false, length = 120)
    String email;

    // Still mapped: the revision that drops the column comes too early.
    String nickname;
}
