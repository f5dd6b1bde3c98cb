; EosVerify SMT-LIB2 query
; asserts: T3 for 1-1-1 at η = 1/10: is there a global minimizer θ with ‖θ‖² ≥ 64 satisfying the necessary conditions for S(θ) ≤ 2/η (principal minors of order ≤ 2 of (2/η)I − H(θ) nonnegative)? unsat = every stable minimum has ‖θ‖² < 64.
; expected: unsat
; re-run: z3 -smt2 chain-1-1-1-zero-target-T3-radius-4.smt2
; re-run: cvc5 chain-1-1-1-zero-target-T3-radius-4.smt2
(set-info :smt-lib-version 2.6)
(set-logic QF_NRA)
(declare-fun w1_1_1 () Real)
(declare-fun w2_1_1 () Real)
; θ is a global minimizer: W_L⋯W_1 = W*
(assert (= (* w1_1_1 w2_1_1) 0))
; θ is far out: ‖θ‖² ≥ R²
(assert (>= (+ (* w1_1_1 w1_1_1) (* w2_1_1 w2_1_1)) 64))
; necessary for S(θ) ≤ 2/η: principal minors of order 1 of (2/η)I − H(θ) are ≥ 0
(assert (>= (+ (* (- 1) (* w2_1_1 w2_1_1)) 20) 0))
(assert (>= (+ (* (- 1) (* w1_1_1 w1_1_1)) 20) 0))
; … and of order 2
(assert (>= (+ (* (- 3) (* w1_1_1 w1_1_1) (* w2_1_1 w2_1_1)) (* (- 20) (* w1_1_1 w1_1_1)) (* (- 20) (* w2_1_1 w2_1_1)) 400) 0))
(check-sat)
