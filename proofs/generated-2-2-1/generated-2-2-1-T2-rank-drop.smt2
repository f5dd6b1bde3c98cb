; EosVerify SMT-LIB2 query
; asserts: T2 for 2-2-1: is there θ with W_L⋯W_1 = W* at which Dμ Dμᵀ is singular? unsat = W* is a regular value of μ.
; expected: unsat
; re-run: z3 -smt2 generated-2-2-1-T2-rank-drop.smt2
; re-run: cvc5 generated-2-2-1-T2-rank-drop.smt2
(set-info :smt-lib-version 2.6)
(set-logic QF_NRA)
(declare-fun w1_1_1 () Real)
(declare-fun w1_1_2 () Real)
(declare-fun w1_2_1 () Real)
(declare-fun w1_2_2 () Real)
(declare-fun w2_1_1 () Real)
(declare-fun w2_1_2 () Real)
; θ lies on M: the product equals W*
(assert (= (+ (* w1_1_1 w2_1_1) (* w1_2_1 w2_1_2)) (/ 68025127748341 47484983009655)))
(assert (= (+ (* w1_1_2 w2_1_1) (* w1_2_2 w2_1_2)) (/ 13032549870863 15828327669885)))
; Dμ(θ) is not onto: det(Dμ Dμᵀ) = 0
(assert (= (+ (* (* w1_1_1 w1_1_1) (* w1_2_2 w1_2_2)) (* (* w1_1_1 w1_1_1) (* w2_1_1 w2_1_1)) (* (* w1_1_1 w1_1_1) (* w2_1_2 w2_1_2)) (* (- 2) w1_1_1 w1_1_2 w1_2_1 w1_2_2) (* (* w1_1_2 w1_1_2) (* w1_2_1 w1_2_1)) (* (* w1_1_2 w1_1_2) (* w2_1_1 w2_1_1)) (* (* w1_1_2 w1_1_2) (* w2_1_2 w2_1_2)) (* (* w1_2_1 w1_2_1) (* w2_1_1 w2_1_1)) (* (* w1_2_1 w1_2_1) (* w2_1_2 w2_1_2)) (* (* w1_2_2 w1_2_2) (* w2_1_1 w2_1_1)) (* (* w1_2_2 w1_2_2) (* w2_1_2 w2_1_2)) (* w2_1_1 w2_1_1 w2_1_1 w2_1_1) (* 2 (* w2_1_1 w2_1_1) (* w2_1_2 w2_1_2)) (* w2_1_2 w2_1_2 w2_1_2 w2_1_2)) 0))
(check-sat)
