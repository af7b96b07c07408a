@title PHG 5:1 Minutes 8 June 2009
@font Times-Roman
@fontsize 10.5
@numcol 12
@header Public Health Glanmorfa||PHG 5:1
@footer Page {page}
HC Minutes from the Fourth Meeting of the Public Health Glanmorfa Board
G <b>Date of meeting:</b> | 8 June 2009
G <b>Time of meeting:</b> | 9.30am – 1.00pm
G <b>Venue for meeting:</b> | Committee Room 2, Ty Hafod, Heol y Bont, Aberglan
S 4
T Professor Elin Vaughan-Rees | Chair, Public Health Glanmorfa
T Mr Owain Griffiths | Chief Executive, Public Health Glanmorfa
T Mr Gareth Mostyn | Board Secretary
T Mrs Carys Llewellyn-Hart | Executive Director of Planning and Performance
T Ms Siân Powell | Executive Director of Health Protection Services
T Mr Huw Ellwood | Executive Director of Finance
T Dr Aled Prydderch | Non Executive Director
T Professor Nia Cadwgan | Non Executive Director
T Ms Lowri Bevan | Executive Administrative Manager (Secretariat)
T Mr Iestyn Rowe | Planning and Performance Manager (Secretariat)
P <b>Present in part:</b>
T Mr Dylan Hext | Audit Glanmorfa
T Ms Ffion Roberts | Audit Glanmorfa
S 6
R 1. | <b>Welcome &amp; Apologies for Absence</b>
P 1.1. The Chair opened the fourth meeting of the Board and greeted Mr Dylan Hext and Ms Ffion Roberts of Audit Glanmorfa, who would stay for item 9 a).
P 1.2. Dr Rhodri Baines, Non Executive Director, had sent apologies.
R 2. | <b>Declarations of Interest</b>
P 2.1. Professor Nia Cadwgan declared an interest in agenda item 9 d) as a trustee of Cronfa Plant Aberglan, which had applied for a grant from the charitable funds.
R 3. | <b>Minutes from Public Health Glanmorfa Board meeting held on 6 April 2009 (PHG 4:1)</b>
P <b>a) Approval of Minutes</b>
P The Board confirmed the minutes as a correct account of the meeting.
P <b>b) Actions Arising</b>
P The Board Secretary went through the action log item by item. Points raised:
P Action PHG 2.6 – the memorandum of understanding with the three local health boards has now been signed.
P Action PHG 3.4 – Mr Gareth Mostyn reported that the register of interests had been published on the website.
R 4. | <b>Chair's Report</b>
P 4.1. The Chair presented her report, which covered her meetings with the Minister's officials and with the chairs of the local health boards.
P 4.2. The Board noted the report.
R 5. | <b>Chief Executive's Report (PHG 4:2)</b>
P 5.1. Mr Owain Griffiths presented his report. The transfer of the microbiology laboratories into the organisation had been completed on 1 May.
P 5.2. Dr Aled Prydderch asked whether the laboratory staff had all transferred on their existing terms; Mr Owain Griffiths confirmed that they had.
P 5.3. The Board noted the report.
R 6. | <b>Screening Services Annual Report 2008/09 (PHG 4:3)</b>
P 6.1. Ms Siân Powell presented the annual report. Coverage of the breast screening programme had reached 74.9%, just short of the standard of 75%.
P 6.2. The Board approved the annual report for publication.
R 7. | <b>Financial Position – Month 1 (PHG 4:4)</b>
P 7.1. Mr Huw Ellwood presented the financial position at the end of April. The organisation was forecasting break-even.
P 7.2. The Board noted the financial position.
R 8. | <b>Corporate Risk Register (PHG 4:5)</b>
P 8.1. Mrs Carys Llewellyn-Hart presented the register. Professor Nia Cadwgan commented that risk 6 (laboratory accreditation) should be scored higher while the inspection was outstanding.
P 8.2. The Board agreed that risk 6 be escalated to a score of 16.
R 9. | <b>Reports from Board Committees</b>
P <b>a) Audit Committee (19 May 2009)</b>
P Dr Aled Prydderch, Chair of the Audit Committee, reported on the committee's first meeting. Mr Dylan Hext presented the outline audit plan for 2009/10.
P The Board ratified the audit plan.
P <b>b) Quality and Safety Committee (26 May 2009)</b>
P Professor Nia Cadwgan reported that the committee had agreed its work programme.
P The Board noted the report.
P <b>c) Workforce and Organisational Development Committee</b>
P The committee's first report was deferred to the July meeting of the Board as the committee had not been quorate on 28 May.
P <b>d) Charitable Funds Committee</b>
P Professor Nia Cadwgan left the room. Mr Huw Ellwood presented the committee's recommendation to award a grant of £12,000 to Cronfa Plant Aberglan for a smoking prevention project.
P The Board, as corporate trustee, approved the grant. Professor Nia Cadwgan returned to the meeting.
R 10. | <b>Any Other Business</b>
P 10.1. There was no other business.
R 11. | <b>Date of Next Meeting</b>
P 11.1. Monday 10 August 2009 at 9.30am, Committee Room 2, Ty Hafod.
S 10
P Signed: …………………………… Chair&nbsp;&nbsp;&nbsp;&nbsp; Date: …………………
