package io.github.esspetiteenfance.structure;

/**
 * A structure that supports parents and families (soutien à la parentalité): a place for children
 * and parents to meet, a relais, a meeting point, family mediation, a centre social, or family
 * housing.
 */
public sealed interface ParentingSupport extends Structure
    permits LieuAccueilEnfantsParents,
        RelaisPetiteEnfance,
        EspaceDeRencontre,
        MediationFamiliale,
        CentreSocial,
        FamilyHousing {}
