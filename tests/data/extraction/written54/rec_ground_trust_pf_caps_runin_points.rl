@title Recreation Ground Trustee Minutes 12th February 2025
@font Helvetica
@fontsize 10.5
@header Wellacre Recreation Ground Charity (Registered Charity)
@footer Trustee minutes 12.02.25||Page {page} // Signed ............................................ Chairman
HC MINUTES OF A MEETING OF WELLACRE PARISH COUNCIL, ACTING AS TRUSTEE OF THE WELLACRE RECREATION GROUND CHARITY, HELD AT 7.30 PM, WEDNESDAY, 12 FEBRUARY 2025, IN THE PAVILION
P Present: Mr R. Bevan (in the chair), Mrs C. Harries, Mr K. Prothero, Mr D. Gwatkin, Mrs A. Lloyd-Preece
P In attendance: Mrs J. Mapp (Clerk to the Trustee)
P The Chairman reminded members that they were meeting as the trustee of the charity and must act in the interests of the charity alone.
P <b>RG9/24. APOLOGIES:</b> Mr Wigley
P <b>RG10/24. DECLARATIONS OF INTEREST:</b> Mr Prothero declared an interest in item RG14/24 as secretary of Wellacre Juniors FC.
P <b>RG11/24. MINUTES OF THE LAST MEETING</b>
P The minutes of the meeting of 13 November 2024 were agreed as a correct record and signed by the Chairman.
P <b>RG12/24. GROUND MAINTENANCE</b>
P (1) Fences and gates – in good order apart from the latch on the Mill Lane gate, which Mr Gwatkin will replace.
P (2) Play equipment – the annual inspection had found worn bearings on the basket swing; the swing has been taped off.
P (3) Football pitch – goalmouths badly worn; to be reseeded in April.
P (4) Pavilion roof – one slate missing on the north side.
P (5) Trees – Mrs Harries reported a split limb on the horse chestnut by the car park; to ask Wellacre Arbor Services to look at it.
P (6) Grass cutting – no cuts since October.
P (7) Bins – dog bin by the pavilion emptied weekly by the District Council.
P <b>RG13/24. ANNUAL/WEEKLY INSPECTIONS</b>
P Mrs Lloyd-Preece reported on the weekly inspections for November to January. No new defects apart from those under RG12/24 (2).
P <b>RG14/24. PAVILION LETTINGS</b>
P Mr Prothero left the room. The Clerk reported that Wellacre Juniors FC had asked to rent the pavilion on Saturday mornings from September for a further three seasons. RESOLVED that a three-year letting be offered at £32 per session, reviewed annually. Mr Prothero returned.
P <b>RG15/24. BASKET SWING</b>
P Two quotations for replacement bearings had been received, from Playsafe Installations (£386) and Meadow Leisure (£452). It was agreed to accept the lower quotation.
P <b>RG16/24. FINANCE</b>
P (a) Accounts for payment:
P RESOLVED that the following accounts be approved for payment:
P £144 – Vale Ground Services – grass cutting – October 2024<br/>£58.20 – Wellacre Parish Council – pavilion electricity reimbursement – quarter to December<br/>£75 – J. Hinde (accredited inspector) – annual play inspection
P (b) Receipts:
P £480 – Wellacre Juniors FC – pavilion hire autumn term<br/>£1,200 – Wellacre Parish Council – grant to the charity 2024/25 (second instalment)
P <b>RG17/24. CHARITY COMMISSION ANNUAL RETURN</b>
P The Clerk reported that the annual return for the year ended 31 March 2024 had been submitted on 19 December. Noted.
P <b>RG18/24. ANY OTHER ITEMS – FOR INFORMATION ONLY:</b>
P Mr Bevan asked members to think about a fun day in the summer to raise money for the new goals.
P <b>RG19/24. DATE OF NEXT MEETING:</b> Wednesday 14 May 2025 at 7.30 pm in the Pavilion, before the Annual Parish Meeting.
P There being no other business the meeting was closed at 8.40 pm.
