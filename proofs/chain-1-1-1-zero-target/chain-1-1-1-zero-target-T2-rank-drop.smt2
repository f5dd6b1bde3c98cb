; EosVerify SMT-LIB2 query
; asserts: T2 for 1-1-1: is there θ with W_L⋯W_1 = W* at which Dμ Dμᵀ is singular? unsat = W* is a regular value of μ.
; expected: sat
; re-run: z3 -smt2 chain-1-1-1-zero-target-T2-rank-drop.smt2
; re-run: cvc5 chain-1-1-1-zero-target-T2-rank-drop.smt2
(set-info :smt-lib-version 2.6)
(set-logic QF_NRA)
(declare-fun w1_1_1 () Real)
(declare-fun w2_1_1 () Real)
; θ lies on M: the product equals W*
(assert (= (* w1_1_1 w2_1_1) 0))
; Dμ(θ) is not onto: det(Dμ Dμᵀ) = 0
(assert (= (+ (* w1_1_1 w1_1_1) (* w2_1_1 w2_1_1)) 0))
(check-sat)
