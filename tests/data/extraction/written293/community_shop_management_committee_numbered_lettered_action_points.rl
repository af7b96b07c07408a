@title Minutes of Management Committee Meeting 27 February 2014
@font Helvetica
@fontsize 10.5
@footer Kestle Community Shop Ltd – Management Committee – 27.02.14||Page {page}
HC Kestle Community Shop and Post Office
C <i>Your local community shop and post office</i>
S 6
HC Minutes of Management Committee Meeting
HC 27th February 2014
S 8
P <b>1. Present:</b> Martin Polglase (Chairman), Sarah Cundy, Keith Hosken, Imogen Tregear, Nicola Pascoe, Rosemary Jory, Alan Bray, Wendy Treloar. In attendance: Deborah Vage (Shop Manager), Liz Rowe (Minutes).
P <b>2.Apologies:</b> Philip Jory, Gemma Trudgeon. Martin sent the committee's good wishes to Philip, who is in hospital.
P <b>3. Minutes of meeting dated 16th January 2014:</b> These were approved.
P <b>4. Matters arising:</b>
P • Wendy reported on the food hygiene course: four more volunteers have passed level 2 and their certificates are on file.
P <i>Action points:</i> Wendy to book two more places for May. Sarah to add the course fees to the training budget.
P • The fire extinguishers have been serviced and the certificate is in the office.
P <b>5. Financial Matters (SC):</b>
P <b>a) January 2014 Management Accounts</b>
P Sarah took the committee through January's figures: sales of £11,204 against £10,870 a year ago, and a margin of 21.3%. The accounts were accepted.
P <b>b) 2013 Draft Accounts</b>
P The draft accounts for 2013 are with the independent examiner and should be back before the AGM.
P <b>c) 2014 Budget</b>
P The budget allows for a 3% rise in wages and new shelving for the chiller wall. After discussion it was agreed to adopt the budget as presented, with a review at the half year.
P <b>d) Reserve Policy</b>
P It was agreed that the reserve should be kept at no less than three months' running costs.
P <b>6. Shop Manager's Report (DV):</b> Deborah reported that sales of local bread and meat were up but newspapers continued to fall. The chest freezer is making a noise and may need replacing; she will get prices. Christmas hampers had sold out and should be repeated.
P <b>7. Volunteers (WT):</b> There are now 42 volunteers on the rota. Wendy asked that Saturday afternoons be covered by paid hours for the next two months while two regulars are away. Agreed.
P <b>8. Premises:</b> Keith reported that the landlord has agreed to repair the gutter over the door. The committee resolved to renew the lease for a further five years on the same terms, subject to the solicitor's advice on the break clause.
PB
P <b>9. Post Office:</b> Nicola reported that the Post Office local model has been working well since the changeover. Customer numbers on pension days are back to where they were. The quarterly commission statement was noted.
P <b>10. AOB:</b> Imogen asked whether the shop could stock refill detergents. Deborah will look into suppliers. Alan Bray raised the parking outside the shop at school times; it was agreed to ask the parish council to contact the school.
P <b>11. Date of next meeting:</b> Thursday 27th March 2014 at 7.30pm, Kestle Village Hall.
S 10
P Meeting closed 9.20pm.
