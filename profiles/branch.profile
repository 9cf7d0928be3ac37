# A natural-person loan application keyed in at a branch.
lastName
firstName
birthDate
sexId
passport.seria
passport.no
passport.issueDate
passport.manager
registrationAddressData
mobilePhone
amount
period
periodUnit
